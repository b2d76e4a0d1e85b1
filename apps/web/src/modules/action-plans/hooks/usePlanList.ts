import { type PlanList } from '@hadir/contracts';
import { useCallback, useEffect, useState } from 'react';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { ACK_TIMEOUT_MS, request } from '../../live/api/liveRequest';

/** The plans this person may read, read again at each connection and whenever one changes. */
export function usePlanList(eventId: string) {
  const socket = useLiveSocket();
  const [list, setList] = useState<PlanList | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    () =>
      request<PlanList>((cb) => socket.timeout(ACK_TIMEOUT_MS).emit('plan:list', { eventId }, cb))
        .then((next) => {
          setList(next);
          setError(null);
        })
        .catch((thrown: unknown) => setError(thrown)),
    [socket, eventId],
  );

  useEffect(() => {
    const reload = () => void load();
    socket.on('connect', reload);
    socket.on('plan:updated', reload);
    socket.on('plan:template.changed', reload);
    if (socket.connected) reload();
    return () => {
      socket.off('connect', reload);
      socket.off('plan:updated', reload);
      socket.off('plan:template.changed', reload);
    };
  }, [socket, load]);

  return { list, error, reload: load };
}
