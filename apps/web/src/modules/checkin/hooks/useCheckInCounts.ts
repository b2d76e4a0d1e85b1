import { type CheckInCounts } from '@hadir/contracts';
import { useEffect, useState } from 'react';
import { ApiRequestError } from '../../../shared/api/ApiRequestError';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';

const ACK_TIMEOUT_MS = 5000;

/** The door's totals, first as the server has them and then as it pushes them. */
export function useCheckInCounts(eventId: string): {
  counts: CheckInCounts | null;
  error: unknown;
} {
  const socket = useLiveSocket();
  const [counts, setCounts] = useState<CheckInCounts | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
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
  }, [socket, eventId]);

  return { counts, error };
}
