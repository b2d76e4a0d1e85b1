import { ErrorCode } from '@hadir/contracts';
import { Alert, Anchor, Button, Container, Grid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AnnouncementsPanel } from '../modules/announcements/components/AnnouncementsPanel';
import { EvaluationRequests } from '../modules/evaluation/components/EvaluationRequests';
import { AgendaTabs } from '../modules/events/components/AgendaTabs';
import { EventHeader } from '../modules/events/components/EventHeader';
import { NowNextPanels } from '../modules/events/components/NowNextPanels';
import { useAgendaLiveSync } from '../modules/events/hooks/useAgendaLiveSync';
import { useEventAgenda } from '../modules/events/hooks/useEventAgenda';
import { useNow } from '../modules/events/hooks/useNow';
import { viewerTimeZone } from '../modules/events/lib/time';
import { LanguageSwitch } from '../modules/language/components/LanguageSwitch';
import { ConnectionStatusBadge } from '../modules/live/components/ConnectionStatusBadge';
import { SignedInPerson } from '../modules/auth/components/SignedInPerson';
import { useHasEventRole } from '../modules/auth/hooks/useHasEventRole';
import { ApiRequestError } from '../shared/api/ApiRequestError';
import { PageLoader } from '../shared/components/PageLoader';
import { QueryErrorAlert } from '../shared/components/QueryErrorAlert';

const NOW_REFRESH_MS = 30_000;
const ORGANISER = ['organiser'] as const;
const DOOR_STAFF = ['organiser', 'facilitator'] as const;

export function EventHomePage() {
  const { eventId = '' } = useParams();
  const { t } = useTranslation();
  const agenda = useEventAgenda(eventId);
  useAgendaLiveSync(eventId);
  const isOrganiser = useHasEventRole(eventId, ORGANISER) === true;
  const isDoorStaff = useHasEventRole(eventId, DOOR_STAFF) === true;
  const now = useNow(NOW_REFRESH_MS);
  const [timeZone] = useState(viewerTimeZone);

  const handleRetry = () => {
    void agenda.refetch();
  };

  if (agenda.isPending) return <PageLoader />;
  if (agenda.isError) {
    const missing =
      agenda.error instanceof ApiRequestError &&
      (agenda.error.code === ErrorCode.NotFound || agenda.error.code === ErrorCode.Forbidden);
    return (
      <Container size="sm" py="xl">
        {missing ? (
          <Alert color="red" variant="light" data-testid="event-not-found">
            <Stack gap="xs" align="flex-start">
              {t('event.notFound')}
              <Anchor component={Link} to="/">
                {t('event.backHome')}
              </Anchor>
            </Stack>
          </Alert>
        ) : (
          <QueryErrorAlert error={agenda.error} onRetry={handleRetry} />
        )}
      </Container>
    );
  }

  const { event, sessions } = agenda.data;
  return (
    <Container size="xl" pb="xl">
      <EventHeader
        event={event}
        actions={
          <>
            {isDoorStaff && (
              <Button
                component={Link}
                to={`/events/${event.id}/check-in`}
                variant="light"
                size="xs"
                data-testid="checkin-link"
              >
                {t('checkIn.link')}
              </Button>
            )}
            <Button
              component={Link}
              to={`/events/${event.id}/attendance`}
              variant="subtle"
              size="xs"
              data-testid="attendance-link"
            >
              {t('ledger.link')}
            </Button>
            <Button
              component={Link}
              to="/profile#calendar"
              variant="subtle"
              size="xs"
              data-testid="calendar-link-home"
            >
              {t('calendar.homeLink')}
            </Button>
            <Button
              component={Link}
              to={`/events/${event.id}/plans`}
              variant="subtle"
              size="xs"
              data-testid="plans-link"
            >
              {t('plans.link')}
            </Button>
            {isOrganiser && (
              <Button
                component={Link}
                to={`/events/${event.id}/manage/agenda`}
                variant="light"
                size="xs"
                data-testid="manage-link"
              >
                {t('manage.link')}
              </Button>
            )}
            <ConnectionStatusBadge />
            <LanguageSwitch />
            <SignedInPerson />
          </>
        }
      />
      <Grid gutter="lg" mt="md" component="main">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <EvaluationRequests eventId={event.id} />
            <NowNextPanels event={event} sessions={sessions} now={now} viewerTimeZone={timeZone} />
            <AgendaTabs event={event} sessions={sessions} now={now} viewerTimeZone={timeZone} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <AnnouncementsPanel eventId={event.id} viewerTimeZone={timeZone} />
        </Grid.Col>
      </Grid>
    </Container>
  );
}
