import { Anchor, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../auth/hooks/useMe';
import { usePlan } from '../hooks/usePlan';
import { usePlanList } from '../hooks/usePlanList';
import { PlanSectionList } from './PlanSectionList';

/**
 * The person's action plan next to a breakout room's notes: what the group works out goes
 * straight into the plan. Their own plan and their delegation's are offered.
 */
export function PlanBeside({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const { list } = usePlanList(eventId);
  const [chosen, setChosen] = useState<string | null>(null);
  const mine = (list?.plans ?? []).filter(
    (plan) =>
      plan.owner?.id === me?.id || (plan.scope === 'delegation' && plan.country === me?.country),
  );
  const planId = chosen ?? mine[0]?.id ?? null;

  return (
    <Paper withBorder p="md" data-testid="plan-beside">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('plans.beside')}
          </Title>
          {mine.length > 1 && (
            <Select
              size="xs"
              aria-label={t('plans.beside')}
              data={mine.map((plan) => ({
                value: plan.id,
                label: plan.scope === 'delegation' ? t('plans.ourPlan') : t('plans.myPlan'),
              }))}
              value={planId}
              allowDeselect={false}
              onChange={setChosen}
              w={200}
            />
          )}
        </Group>
        {planId ? (
          <PlanSections key={planId} eventId={eventId} planId={planId} />
        ) : (
          <Stack gap={4} align="flex-start">
            <Text size="sm" c="dimmed">
              {t('plans.noneYet')}
            </Text>
            <Button component={Link} to={`/events/${eventId}/plans`} size="xs" variant="light">
              {t('plans.link')}
            </Button>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function PlanSections({ eventId, planId }: { eventId: string; planId: string }) {
  const { t } = useTranslation();
  const { plan, pending, saveState, actions } = usePlan(planId);
  if (!plan) return null;
  return (
    <Stack gap="xs">
      <Anchor component={Link} to={`/events/${eventId}/plans/${planId}`} size="sm">
        {t('plans.openWhole')}
      </Anchor>
      <PlanSectionList plan={plan} open={{ pending, saveState, actions }} />
    </Stack>
  );
}
