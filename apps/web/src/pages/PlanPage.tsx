import { type PlanStatus } from '@hadir/contracts';
import {
  Alert,
  Badge,
  Button,
  Container,
  Group,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PlanSectionList } from '../modules/action-plans/components/PlanSectionList';
import { usePlan } from '../modules/action-plans/hooks/usePlan';
import { clockTime } from '../modules/checkin/lib/doorWords';
import { EventHeader } from '../modules/events/components/EventHeader';
import { useEventAgenda } from '../modules/events/hooks/useEventAgenda';
import { ConnectionStatusBadge } from '../modules/live/components/ConnectionStatusBadge';
import { LanguageSwitch } from '../modules/language/components/LanguageSwitch';
import { SignedInPerson } from '../modules/auth/components/SignedInPerson';
import { useCountryName } from '../modules/sign-in/hooks/useCountryName';
import { useErrorMessage } from '../shared/api/useErrorMessage';
import { PageLoader } from '../shared/components/PageLoader';
import { QueryErrorAlert } from '../shared/components/QueryErrorAlert';

export const STATUS_COLOURS: Record<PlanStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  changes_requested: 'orange',
  accepted: 'green',
};

/** One action plan: written section by section, reviewed, presented and printed. */
export function PlanPage() {
  const { eventId = '', planId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const agenda = useEventAgenda(eventId);
  const { plan, error, pending, saveState, connected, actions } = usePlan(planId);
  const countryName = useCountryName();
  const [showChanges, setShowChanges] = useState(false);
  const [displaySession, setDisplaySession] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (!plan) {
    return error ? (
      <Container size="sm" py="xl">
        <QueryErrorAlert error={error} />
      </Container>
    ) : (
      <PageLoader />
    );
  }
  const attempt = (action: Promise<unknown>, done?: string) => {
    setProblem(null);
    action
      .then(() => setNotice(done ?? null))
      .catch((thrown: unknown) => setProblem(errorMessage(thrown)));
  };
  const title =
    plan.scope === 'delegation'
      ? t('plans.delegationPlan', { country: countryName(plan.country) })
      : t('plans.personPlan', { name: plan.owner?.name ?? '' });
  const sessions = (agenda.data?.sessions ?? []).filter((session) => session.kind !== 'break');

  return (
    <Container size="lg" pb="xl">
      {agenda.data && (
        <EventHeader
          event={agenda.data.event}
          actions={
            <>
              <Button component={Link} to={`/events/${eventId}/plans`} variant="subtle" size="xs">
                {t('plans.backToPlans')}
              </Button>
              <ConnectionStatusBadge />
              <LanguageSwitch />
              <SignedInPerson />
            </>
          }
        />
      )}
      <Stack gap="md" mt="md" component="main" data-testid="plan-page" data-status={plan.status}>
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={1} size="h2">
              {title}
            </Title>
            <Group gap="xs" mt={4}>
              <Badge color={STATUS_COLOURS[plan.status]} data-testid="plan-status">
                {t(`plans.status.${plan.status}`)}
              </Badge>
              <Text size="sm" c="dimmed">
                {t('plans.written', {
                  count: plan.sectionsWritten,
                  total: plan.template.sections.length,
                })}
              </Text>
            </Group>
          </div>
          <Group gap="xs">
            <Button
              component={Link}
              to={`/events/${eventId}/plans/${planId}/print`}
              variant="default"
            >
              {t('plans.print')}
            </Button>
            {plan.canEdit && (
              <Button
                onClick={() => attempt(actions.submit(), t('plans.submittedNotice'))}
                disabled={Object.keys(pending).length > 0}
                data-testid="plan-submit"
              >
                {plan.status === 'changes_requested' ? t('plans.resubmit') : t('plans.submit')}
              </Button>
            )}
            {plan.canReview && (plan.status === 'submitted' || plan.status === 'accepted') && (
              <Button
                color="orange"
                variant="light"
                onClick={() => attempt(actions.review('changes_requested'))}
                data-testid="plan-request-changes"
              >
                {t('plans.requestChanges')}
              </Button>
            )}
            {plan.canReview && plan.status === 'submitted' && (
              <Button
                color="green"
                onClick={() => attempt(actions.review('accepted'))}
                data-testid="plan-accept"
              >
                {t('plans.accept')}
              </Button>
            )}
          </Group>
        </Group>
        {!connected && Object.keys(pending).length > 0 && (
          <Alert color="orange" variant="light" data-testid="plan-offline">
            {t('plans.offline')}
          </Alert>
        )}
        {plan.status === 'changes_requested' && plan.canEdit && (
          <Alert color="orange" variant="light" data-testid="plan-changes-requested">
            {t('plans.changesRequestedHint')}
          </Alert>
        )}
        {plan.status === 'submitted' && !plan.canReview && (
          <Text c="dimmed">{t('plans.withReviewers')}</Text>
        )}
        {problem && (
          <Alert color="red" variant="light" withCloseButton onClose={() => setProblem(null)}>
            {problem}
          </Alert>
        )}
        {notice && (
          <Text c="green" size="sm" role="status">
            {notice}
          </Text>
        )}
        <Group>
          {plan.lastReview && (
            <Switch
              label={t('plans.showChanges', {
                time: clockTime(plan.lastReview.at, i18n.language),
              })}
              checked={showChanges}
              onChange={(event) => setShowChanges(event.currentTarget.checked)}
              data-testid="plan-show-changes"
            />
          )}
          {plan.canReview && sessions.length > 0 && (
            <Group gap="xs">
              <Select
                placeholder={t('plans.displayIn')}
                aria-label={t('plans.displayIn')}
                data={sessions.map((session) => ({ value: session.id, label: session.title }))}
                value={displaySession}
                onChange={setDisplaySession}
                searchable
                w={320}
              />
              <Button
                variant="light"
                disabled={!displaySession}
                onClick={() =>
                  displaySession &&
                  attempt(actions.show(displaySession, true), t('plans.shownNotice'))
                }
              >
                {t('plans.showOnDisplay')}
              </Button>
            </Group>
          )}
        </Group>
        <PlanSectionList
          plan={plan}
          open={{ pending, saveState, actions }}
          showChanges={showChanges}
          withComments
        />
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('plans.history')}
          </Title>
          <Timeline bulletSize={14} lineWidth={2} data-testid="plan-history">
            {plan.history.map((entry, index) => (
              <Timeline.Item key={index} title={t(`plans.step.${entry.kind}`)}>
                <Text size="xs" c="dimmed">
                  {entry.by.name} · {new Date(entry.at).toLocaleString(i18n.language)}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Paper>
      </Stack>
    </Container>
  );
}
