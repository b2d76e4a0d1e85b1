import { type PlanDetail } from '@hadir/contracts';
import { Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PlanDocument } from '../modules/action-plans/components/PlanDocument';
import classes from '../modules/action-plans/components/PlanDocument.module.css';
import { usePlanList } from '../modules/action-plans/hooks/usePlanList';
import { useEventAgenda } from '../modules/events/hooks/useEventAgenda';
import { useLiveSocket } from '../modules/live/hooks/useLiveSocket';
import { ACK_TIMEOUT_MS, request } from '../modules/live/api/liveRequest';
import { PageLoader } from '../shared/components/PageLoader';
import { QueryErrorAlert } from '../shared/components/QueryErrorAlert';

/**
 * Printable plans: one plan (`/plans/:planId/print`), or every accepted plan of the event, one
 * after another, each starting a new page (`/plans/print`).
 */
export function PlanPrintPage() {
  const { eventId = '', planId } = useParams();
  const { t } = useTranslation();
  const socket = useLiveSocket();
  const agenda = useEventAgenda(eventId);
  const { list } = usePlanList(eventId);
  const [plans, setPlans] = useState<PlanDetail[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const ids = planId
    ? [planId]
    : (list?.plans.filter((plan) => plan.status === 'accepted').map((plan) => plan.id) ?? null);
  const key = ids?.join(',') ?? null;

  useEffect(() => {
    if (key === null) return;
    let current = true;
    Promise.all(
      (key ? key.split(',') : []).map((id) =>
        request<PlanDetail>((cb) =>
          socket.timeout(ACK_TIMEOUT_MS).emit('plan:open', { planId: id }, cb),
        ),
      ),
    )
      .then((details) => current && setPlans(details))
      .catch((thrown: unknown) => current && setError(thrown));
    return () => {
      current = false;
    };
  }, [socket, key]);

  if (error) return <QueryErrorAlert error={error} />;
  if (!plans) return <PageLoader />;
  return (
    <div data-testid="plan-print">
      <Group className={classes.noPrint} p="md" justify="space-between">
        <Button
          component={Link}
          to={planId ? `/events/${eventId}/plans/${planId}` : `/events/${eventId}/plans`}
          variant="subtle"
        >
          {t('plans.backToPlans')}
        </Button>
        <Button onClick={() => window.print()}>{t('plans.printNow')}</Button>
      </Group>
      {plans.length === 0 && (
        <Text p="md" className={classes.noPrint}>
          {t('plans.noneAccepted')}
        </Text>
      )}
      {plans.map((plan) => (
        <PlanDocument key={plan.id} plan={plan} eventTitle={agenda.data?.event.title ?? ''} />
      ))}
    </div>
  );
}
