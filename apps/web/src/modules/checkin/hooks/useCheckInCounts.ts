import { type CheckInCounts, checkInCountsSchema } from '@hadir/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiRequestError } from '../../../shared/api/ApiRequestError';
import { apiFetch } from '../../../shared/api/apiFetch';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';

const ACK_TIMEOUT_MS = 5000;

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
  const socket = useLiveSocket();
  const [counts, setCounts] = useState<CheckInCounts | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!enabled) return;
    // Rooms do not outlive a connection that could not be recovered, so every connect asks again.
    const watch = () => {
      socket.timeout(ACK_TIMEOUT_MS).emit('checkin:counts.watch', { eventId }, (failed, ack) => {
        if (failed) return;
        if (ack.ok) {
          setCounts(ack.data);
          setError(null);
        } else setError(new ApiRequestError(null, ack.error));
      });
    };
    const updated = (next: CheckInCounts) => {
      if (next.eventId === eventId) setCounts(next);
    };
    socket.on('connect', watch);
    socket.on('checkin:counts.updated', updated);
    if (socket.connected) watch();
    return () => {
      socket.off('connect', watch);
      socket.off('checkin:counts.updated', updated);
    };
  }, [socket, eventId, enabled]);

  return { counts, error };
}
