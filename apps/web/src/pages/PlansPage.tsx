import { type PlanScope, type PlanStatus, type PlanSummary } from '@hadir/contracts';
import {
  Alert,
  Badge,
  Button,
  Container,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { usePlanList } from '../modules/action-plans/hooks/usePlanList';
import { EventHeader } from '../modules/events/components/EventHeader';
import { useEventAgenda } from '../modules/events/hooks/useEventAgenda';
import { LanguageSwitch } from '../modules/language/components/LanguageSwitch';
import { ConnectionStatusBadge } from '../modules/live/components/ConnectionStatusBadge';
import { useLiveSocket } from '../modules/live/hooks/useLiveSocket';
import { SignedInPerson } from '../modules/auth/components/SignedInPerson';
import { ACK_TIMEOUT_MS, request } from '../modules/live/api/liveRequest';
import { useCountryName } from '../modules/sign-in/hooks/useCountryName';
import { useErrorMessage } from '../shared/api/useErrorMessage';
import { PageLoader } from '../shared/components/PageLoader';
import { QueryErrorAlert } from '../shared/components/QueryErrorAlert';
import { newId } from '../shared/lib/newId';
import { STATUS_COLOURS } from './PlanPage';

const STATUSES: PlanStatus[] = ['draft', 'submitted', 'changes_requested', 'accepted'];

/** Action plans: a participant's own and their delegation's; for staff, every plan by country and state. */
export function PlansPage() {
  const { eventId = '' } = useParams();
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const socket = useLiveSocket();
  const agenda = useEventAgenda(eventId);
  const countryName = useCountryName();
  const { list, error } = usePlanList(eventId);
  const [problem, setProblem] = useState<string | null>(null);

  if (!list) {
    return error ? (
      <Container size="sm" py="xl">
        <QueryErrorAlert error={error} />
      </Container>
    ) : (
      <PageLoader />
    );
  }
  const start = (scope: PlanScope) =>
    void request<{ id: string }>((cb) =>
      socket.timeout(ACK_TIMEOUT_MS).emit('plan:create', { id: newId(), eventId, scope }, cb),
    )
      .then((plan) => navigate(`/events/${eventId}/plans/${plan.id}`))
      .catch((thrown: unknown) => setProblem(errorMessage(thrown)));
  const name = (plan: PlanSummary) =>
    plan.scope === 'delegation'
      ? t('plans.delegationPlan', { country: countryName(plan.country) })
      : t('plans.personPlan', { name: plan.owner?.name ?? '' });
  const countries = [...new Set(list.plans.map((plan) => plan.country))];

  return (
    <Container size="lg" pb="xl">
      {agenda.data && (
        <EventHeader
          event={agenda.data.event}
          actions={
            <>
              <Button component={Link} to={`/events/${eventId}`} variant="subtle" size="xs">
                {t('sessionRoom.backToAgenda')}
              </Button>
              <ConnectionStatusBadge />
              <LanguageSwitch />
              <SignedInPerson />
            </>
          }
        />
      )}
      <Stack gap="md" mt="md" component="main" data-testid="plans-page">
        <Group justify="space-between">
          <Title order={1} size="h2">
            {t('plans.title')}
          </Title>
          <Group gap="xs">
            {list.canStart.map((scope) => (
              <Button key={scope} onClick={() => start(scope)} data-testid={`plan-start-${scope}`}>
                {scope === 'person' ? t('plans.startMine') : t('plans.startDelegation')}
              </Button>
            ))}
            {list.staff && (
              <Button component={Link} to={`/events/${eventId}/plans/print`} variant="default">
                {t('plans.printAccepted')}
              </Button>
            )}
          </Group>
        </Group>
        <Text c="dimmed">
          {list.staff
            ? t('plans.staffHint')
            : list.plansPublic
              ? t('plans.publicHint')
              : t('plans.privateHint')}
        </Text>
        {problem && (
          <Alert color="red" variant="light" withCloseButton onClose={() => setProblem(null)}>
            {problem}
          </Alert>
        )}
        {list.staff && list.plans.length > 0 && (
          <Paper withBorder p="md" data-testid="plans-overview">
            <Title order={2} size="h4" mb="xs">
              {t('plans.overview')}
            </Title>
            <SimpleGrid cols={{ base: 2, sm: 4 }} mb="sm">
              {STATUSES.map((status) => (
                <Paper key={status} p="xs" withBorder>
                  <Text size="xl" fw={700} data-testid={`plans-count-${status}`}>
                    {list.plans.filter((plan) => plan.status === status).length}
                  </Text>
                  <Badge color={STATUS_COLOURS[status]} variant="light">
                    {t(`plans.status.${status}`)}
                  </Badge>
                </Paper>
              ))}
            </SimpleGrid>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('plans.country')}</Table.Th>
                  {STATUSES.map((status) => (
                    <Table.Th key={status}>{t(`plans.status.${status}`)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {countries.map((country) => (
                  <Table.Tr key={country}>
                    <Table.Td>{countryName(country)}</Table.Td>
                    {STATUSES.map((status) => (
                      <Table.Td key={status}>
                        {list.plans.filter((p) => p.country === country && p.status === status)
                          .length || ''}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
        {list.plans.length === 0 && <Text>{t('plans.none')}</Text>}
        <Stack gap="xs">
          {list.plans.map((plan) => (
            <Paper key={plan.id} withBorder p="sm" data-testid="plan-row" data-plan-id={plan.id}>
              <Group justify="space-between">
                <div>
                  <Text fw={600} component={Link} to={`/events/${eventId}/plans/${plan.id}`}>
                    {name(plan)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {countryName(plan.country)} ·{' '}
                    {t('plans.sectionsWritten', { count: plan.sectionsWritten })}
                  </Text>
                </div>
                <Badge color={STATUS_COLOURS[plan.status]}>
                  {t(`plans.status.${plan.status}`)}
                </Badge>
              </Group>
            </Paper>
          ))}
        </Stack>
      </Stack>
    </Container>
  );
}
