import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { useMyEvaluations } from '../hooks/useMyEvaluations';
import { LazyEvaluationRequestsCard } from './LazyEvaluation';

/** The event home's feedback card, shown only to a participant who is asked for some. */
export function EvaluationRequests({ eventId }: { eventId: string }) {
  const { requests, reminded } = useMyEvaluations(eventId);
  if (requests.isError) {
    return <QueryErrorAlert error={requests.error} onRetry={() => void requests.refetch()} />;
  }
  const all = requests.data?.requests ?? [];
  if (all.length === 0) return null;
  return <LazyEvaluationRequestsCard eventId={eventId} requests={all} reminded={reminded} />;
}
