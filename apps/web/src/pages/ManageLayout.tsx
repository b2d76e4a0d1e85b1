import { ErrorCode, type EventAgenda } from '@hadir/contracts';
import { Alert, Anchor, Button, Container, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useOutletContext, useParams } from 'react-router';
import { EventHeader } from '../modules/events/components/EventHeader';
import { useAgendaLiveSync } from '../modules/events/hooks/useAgendaLiveSync';
import { useEventAgenda } from '../modules/events/hooks/useEventAgenda';
import { LanguageSwitch } from '../modules/language/components/LanguageSwitch';
import { ConnectionStatusBadge } from '../modules/live/components/ConnectionStatusBadge';
import { SignedInPerson } from '../modules/auth/components/SignedInPerson';
import { useHasEventRole } from '../modules/auth/hooks/useHasEventRole';
import { useMe } from '../modules/auth/hooks/useMe';
import { ApiRequestError } from '../shared/api/ApiRequestError';
import { PageLoader } from '../shared/components/PageLoader';
import { QueryErrorAlert } from '../shared/components/QueryErrorAlert';
import printClasses from '../shared/styles/print.module.css';

const ORGANISER = ['organiser'] as const;
const SECTIONS = [
  'agenda',
  'people',
  'badges',
  'check-in',
  'attendance',
  'evaluation',
  'plans',
  'transfer',
] as const;

export interface ManageContext {
  agenda: EventAgenda;
}

/** The event whose organiser area is open, for the pages inside it. */
export function useManageContext(): ManageContext {
  return useOutletContext<ManageContext>();
}

/** The organiser area: only organisers get past it, and it says so to everyone else. */
export function ManageLayout() {
  const { eventId = '' } = useParams();
  const { pathname } = useLocation();
  const { t } = useTranslation();
  const me = useMe();
  const isOrganiser = useHasEventRole(eventId, ORGANISER);
  const agenda = useEventAgenda(eventId);
  useAgendaLiveSync(eventId);

  if (isOrganiser === false) {
    return (
      <Container size="sm" py="xl">
        <Alert
          color="orange"
          variant="light"
          title={t('manage.refusedTitle')}
          data-testid="manage-refused"
        >
          <Stack gap="xs" align="flex-start">
            {t('manage.refused')}
            <Anchor component={Link} to={`/events/${eventId}`}>
              {t('manage.backToEvent')}
            </Anchor>
          </Stack>
        </Alert>
      </Container>
    );
  }
  if (me.isError) {
    return (
      <Container size="sm" py="xl">
        <QueryErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </Container>
    );
  }
  if (isOrganiser === undefined || agenda.isPending) return <PageLoader />;
  if (agenda.isError) {
    const missing =
      agenda.error instanceof ApiRequestError && agenda.error.code === ErrorCode.NotFound;
    return (
      <Container size="sm" py="xl">
        {missing ? (
          <Alert color="red" variant="light" data-testid="event-not-found">
            {t('event.notFound')}
          </Alert>
        ) : (
          <QueryErrorAlert error={agenda.error} onRetry={() => void agenda.refetch()} />
        )}
      </Container>
    );
  }

  const context: ManageContext = { agenda: agenda.data };
  return (
    <>
      <Container size="xl" className={printClasses.screenOnly}>
        <EventHeader
          event={agenda.data.event}
          actions={
            <>
              <Button
                component={Link}
                to={`/events/${eventId}`}
                variant="subtle"
                size="xs"
                data-testid="manage-back"
              >
                {t('manage.backToEvent')}
              </Button>
              <ConnectionStatusBadge />
              <LanguageSwitch />
              <SignedInPerson />
            </>
          }
        />
        <Group gap="xs" mt="sm" component="nav" aria-label={t('manage.navLabel')}>
          {SECTIONS.map((section) => {
            const current = pathname.endsWith(`/manage/${section}`);
            return (
              <Button
                key={section}
                component={Link}
                to={`/events/${eventId}/manage/${section}`}
                variant={current ? 'light' : 'subtle'}
                aria-current={current ? 'page' : undefined}
                data-testid={`manage-nav-${section}`}
              >
                {t(`manage.sections.${section}`)}
              </Button>
            );
          })}
        </Group>
      </Container>
      <main>
        <Outlet context={context} />
      </main>
    </>
  );
}
