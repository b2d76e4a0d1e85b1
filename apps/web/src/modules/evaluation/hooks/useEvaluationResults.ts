import { useLiveWatch } from '../../live/hooks/useLiveWatch';

/** A form's results, read at every (re)connection and pushed while answers arrive. */
export function useEvaluationResults(eventId: string, formId: string | null) {
  const { value, error } = useLiveWatch(
    'evaluation:results.watch',
    { eventId, formId: formId ?? '' },
    'evaluation:results.updated',
    formId !== null,
  );
  return { results: formId === null ? null : value, error };
}
