import { Alert, Anchor, Badge, Button, Container, Grid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EventHeader } from '../modules/events/components/EventHeader';
import { useAgendaLiveSync } from '../modules/events/hooks/useAgendaLiveSync';
import { useEventAgenda } from '../modules/events/hooks/useEventAgenda';
import { viewerTimeZone } from '../modules/events/lib/time';
import { LanguageSwitch } from '../modules/language/components/LanguageSwitch';
import { ConnectionStatusBadge } from '../modules/live/components/ConnectionStatusBadge';
import { SignedInPerson } from '../modules/session/components/SignedInPerson';
import { SessionAnnouncements } from '../modules/session-room/components/SessionAnnouncements';
import { SessionDetails } from '../modules/session-room/components/SessionDetails';
import {
  type SessionPresence,
  useSessionPresence,
} from '../modules/session-room/hooks/useSessionPresence';
import { useErrorMessage } from '../shared/api/useErrorMessage';
import { PageLoader } from '../shared/components/PageLoader';
import { QueryErrorAlert } from '../shared/components/QueryErrorAlert';

/** One session: its details, its live room and its announcements. */
export function SessionPage() {
  const { eventId = '', sessionId = '' } = useParams();
  const { t } = useTranslation();
  const agenda = useEventAgenda(eventId);
  useAgendaLiveSync(eventId);
  const presence = useSessionPresence(sessionId);
  const [timeZone] = useState(viewerTimeZone);

  if (agenda.isPending) return <PageLoader />;
  if (agenda.isError) {
    return (
      <Container size="sm" py="xl">
        <QueryErrorAlert error={agenda.error} onRetry={() => void agenda.refetch()} />
      </Container>
    );
  }

  const { event } = agenda.data;
  const session = agenda.data.sessions.find((s) => s.id === sessionId);
  const backToEvent = (
    <Button component={Link} to={`/events/${eventId}`} variant="subtle" size="xs">
      {t('sessionRoom.backToAgenda')}
    </Button>
  );

  return (
    <Container size="xl" pb="xl">
      <EventHeader
        event={event}
        actions={
          <>
            {backToEvent}
            <ConnectionStatusBadge />
            <LanguageSwitch />
            <SignedInPerson />
          </>
        }
      />
      {session ? (
        <Grid gutter="lg" mt="md" component="main">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="md">
              <SessionDetails event={event} session={session} viewerTimeZone={timeZone} />
              <PresenceStatus presence={presence} />
              <Alert color="gray" variant="light" title={t('sessionRoom.mediaTitle')}>
                {t('sessionRoom.mediaNotice')}
              </Alert>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <SessionAnnouncements
              eventId={event.id}
              sessionId={session.id}
              viewerTimeZone={timeZone}
            />
          </Grid.Col>
        </Grid>
      ) : (
        <Alert color="orange" variant="light" mt="md" data-testid="session-gone">
          <Stack gap="xs" align="flex-start">
            {t('sessionRoom.gone')}
            <Anchor component={Link} to={`/events/${eventId}`}>
              {t('sessionRoom.backToAgenda')}
            </Anchor>
          </Stack>
        </Alert>
      )}
    </Container>
  );
}

function PresenceStatus({ presence }: { presence: SessionPresence }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return (
    <div data-testid="session-presence" data-state={presence.state} role="status">
      {presence.state === 'joining' && (
        <Badge color="yellow" variant="dot">
          {t('sessionRoom.joining')}
        </Badge>
      )}
      {presence.state === 'joined' && (
        <Badge color="green" variant="dot">
          {t('sessionRoom.joined')}
        </Badge>
      )}
      {presence.state === 'failed' && (
        <Text c="red" size="sm">
          {t('sessionRoom.joinFailed', { reason: errorMessage(presence.error) })}
        </Text>
      )}
    </div>
  );
}
