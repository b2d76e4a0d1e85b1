import { type Ack, type AttendanceNow } from '@hadir/contracts';
import { useEffect, useState } from 'react';
import { ApiRequestError } from '../../../shared/api/ApiRequestError';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { ACK_TIMEOUT_MS } from '../../session-live/hooks/useSessionLive';

/** Who follows the event's sessions now, read at every (re)connection and pushed in between. */
export function useAttendanceNow(eventId: string) {
  const socket = useLiveSocket();
  const [now, setNow] = useState<AttendanceNow | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const watch = () =>
      socket
        .timeout(ACK_TIMEOUT_MS)
        .emit('attendance:now.watch', { eventId }, (timedOut, ack: Ack<AttendanceNow>) => {
          if (timedOut) setError(timedOut);
          else if (!ack.ok) setError(new ApiRequestError(null, ack.error));
          else {
            setError(null);
            setNow(ack.data);
          }
        });
    const updated = (next: AttendanceNow) => {
      if (next.eventId === eventId) setNow(next);
    };
    if (socket.connected) watch();
    socket.on('connect', watch);
    socket.on('attendance:now.updated', updated);
    return () => {
      socket.off('connect', watch);
      socket.off('attendance:now.updated', updated);
    };
  }, [socket, eventId]);

  return { now, error };
}
