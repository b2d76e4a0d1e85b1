import { Alert, Anchor, Badge, Button, Container, Grid, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { SessionBreakouts } from '../modules/breakouts/components/SessionBreakouts';
import { useBreakouts } from '../modules/breakouts/hooks/useBreakouts';
import { roomOf, runningSet } from '../modules/breakouts/lib/breakouts';
import { EventHeader } from '../modules/events/components/EventHeader';
import { useAgendaLiveSync } from '../modules/events/hooks/useAgendaLiveSync';
import { useEventAgenda } from '../modules/events/hooks/useEventAgenda';
import { viewerTimeZone } from '../modules/events/lib/time';
import { LanguageSwitch } from '../modules/language/components/LanguageSwitch';
import { LazyMediaPanel } from '../modules/media/components/LazyMedia';
import { ConnectionStatusBadge } from '../modules/live/components/ConnectionStatusBadge';
import { SignedInPerson } from '../modules/auth/components/SignedInPerson';
import { useMe } from '../modules/auth/hooks/useMe';
import { ChatPanel } from '../modules/chat/components/ChatPanel';
import { SessionFeedback } from '../modules/evaluation/components/SessionFeedback';
import { HandButton } from '../modules/hands/components/HandButton';
import { PollsPanel } from '../modules/polls/components/PollsPanel';
import { PresenceModeSwitch } from '../modules/session/components/PresenceModeSwitch';
import { QnaBoard } from '../modules/qna/components/QnaBoard';
import { ReactionBar } from '../modules/chat/components/ReactionBar';
import { SessionLiveTabs } from '../modules/session/components/SessionLiveTabs';
import { usePresenceMode } from '../modules/session/hooks/usePresenceMode';
import { useSessionActions } from '../modules/session/hooks/useSessionActions';
import { useSessionLive } from '../modules/session/hooks/useSessionLive';
import { SessionAnnouncements } from '../modules/session/components/SessionAnnouncements';
import { SessionDetails } from '../modules/session/components/SessionDetails';
import {
  type SessionPresence,
  useSessionPresence,
} from '../modules/session/hooks/useSessionPresence';
import { useErrorMessage } from '../shared/api/useErrorMessage';
import { PageLoader } from '../shared/components/PageLoader';
import { PanelBoundary } from '../shared/components/PanelBoundary';
import { QueryErrorAlert } from '../shared/components/QueryErrorAlert';
import { usePhone } from '../shared/hooks/usePhone';

/** One session: its details, its live room and its announcements. */
export function SessionPage() {
  const { eventId = '', sessionId = '' } = useParams();
  const { t } = useTranslation();
  const agenda = useEventAgenda(eventId);
  useAgendaLiveSync(eventId);
  const [mode, setMode] = usePresenceMode();
  const me = useMe().data?.id;
  const presence = useSessionPresence(sessionId, mode);
  const live = useSessionLive(sessionId, presence);
  const actions = useSessionActions(live.socket, sessionId, live.apply);
  const [timeZone] = useState(viewerTimeZone);
  const breakouts = useBreakouts(sessionId, presence.state === 'joined' ? presence.joins : 0);
  const inBreakout = roomOf(runningSet(breakouts.state), me) !== null;
  // Phones get the live parts as tabs on the first screen rather than one long page.
  const phone = usePhone();

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

  const media = (
    <LazyMediaPanel
      spaceId={sessionId}
      personId={me}
      mode={mode}
      staff={presence.state === 'joined' && presence.staff}
    />
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
          <Grid.Col span={{ base: 12, md: inBreakout ? 12 : 8 }}>
            <Stack gap="md">
              <SessionDetails
                event={event}
                session={session}
                viewerTimeZone={timeZone}
                compact={phone}
              />
              <PresenceStatus presence={presence} />
              <SessionFeedback eventId={eventId} sessionId={session.id} endsAt={session.endsAt} />
              {presence.state === 'joined' && presence.staff && (
                <Group gap="xs">
                  <Button
                    component={Link}
                    to={`/events/${eventId}/sessions/${sessionId}/console`}
                    variant="light"
                    data-testid="console-link"
                  >
                    {t('console.link')}
                  </Button>
                  <Button
                    component={Link}
                    to={`/events/${eventId}/sessions/${sessionId}/display`}
                    variant="subtle"
                    data-testid="display-link"
                  >
                    {t('display.link')}
                  </Button>
                </Group>
              )}
              {mode && <PresenceModeSwitch mode={mode} onChange={setMode} />}
              {mode && (
                <PanelBoundary name={t('panels.breakouts')} testId="panel-breakouts">
                  <SessionBreakouts breakouts={breakouts} eventId={eventId} myId={me} mode={mode} />
                </PanelBoundary>
              )}
              {!inBreakout && phone && (
                <>
                  {mode === 'remote' && media}
                  {live.error !== null && <QueryErrorAlert error={live.error} />}
                  {live.state && (
                    <PanelBoundary name={t('panels.live')} testId="panel-live">
                      <SessionLiveTabs state={live.state} actions={actions} myId={me} />
                    </PanelBoundary>
                  )}
                  {live.state && <HandButton hand={live.state.myHand} actions={actions} />}
                  {live.state && <ReactionBar sessionId={sessionId} actions={actions} />}
                  {mode !== 'remote' && media}
                </>
              )}
              {!inBreakout && !phone && (
                <>
                  {media}
                  {live.error !== null && <QueryErrorAlert error={live.error} />}
                  {live.state && <HandButton hand={live.state.myHand} actions={actions} />}
                  {live.state && <ReactionBar sessionId={sessionId} actions={actions} />}
                  {live.state && (
                    <PanelBoundary name={t('panels.polls')} testId="panel-polls">
                      <PollsPanel state={live.state} actions={actions} />
                    </PanelBoundary>
                  )}
                  {live.state && (
                    <PanelBoundary name={t('panels.qna')} testId="panel-qna">
                      <QnaBoard state={live.state} actions={actions} />
                    </PanelBoundary>
                  )}
                </>
              )}
            </Stack>
          </Grid.Col>
          {!inBreakout && (
            <Grid.Col span={{ base: 12, md: 4 }}>
              {live.state && !phone && (
                <PanelBoundary name={t('panels.chat')} testId="panel-chat">
                  <ChatPanel state={live.state} actions={actions} myId={me} />
                </PanelBoundary>
              )}
              <SessionAnnouncements
                eventId={event.id}
                sessionId={session.id}
                viewerTimeZone={timeZone}
              />
            </Grid.Col>
          )}
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
