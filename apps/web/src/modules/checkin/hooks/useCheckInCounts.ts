import { type CheckInCounts, checkInCountsSchema } from '@hadir/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/apiFetch';
import { useLiveWatch } from '../../live/hooks/useLiveWatch';

/**
 * Today's door totals, first as the server has them and then as it pushes them; another `day`'s
 * are read once, since they no longer change by the second.
 */
export function useCheckInCounts(
  eventId: string,
  day: string | null = null,
): { counts: CheckInCounts | null; error: unknown } {
  const live = useLiveCounts(eventId, day === null);
  const past = useQuery({
    queryKey: ['events', eventId, 'check-in-counts', day],
    queryFn: ({ signal }) =>
      apiFetch(`/events/${eventId}/check-ins/counts?day=${day ?? ''}`, checkInCountsSchema, {
        signal,
      }),
    enabled: day !== null,
  });
  if (day === null) return live;
  return { counts: past.data ?? null, error: past.error };
}

function useLiveCounts(
  eventId: string,
  enabled: boolean,
): { counts: CheckInCounts | null; error: unknown } {
  const { value, error } = useLiveWatch(
    'checkin:counts.watch',
    { eventId },
    'checkin:counts.updated',
    enabled,
  );
  return { counts: value, error };
}
