import { type Ack, type Stage } from '@hadir/contracts';
import { useCallback, useEffect, useState } from 'react';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { ACK_TIMEOUT_MS, request } from '../../session-live/hooks/useSessionLive';

/** Who a moderator invited on stage, kept current; and inviting or taking people off. */
export function useStage(sessionId: string) {
  const socket = useLiveSocket();
  const [stage, setStage] = useState<Stage | null>(null);

  useEffect(() => {
    const read = () =>
      socket
        .timeout(ACK_TIMEOUT_MS)
        .emit('media:stage.get', { sessionId }, (timedOut, ack: Ack<Stage>) => {
          if (!timedOut && ack.ok) setStage(ack.data);
        });
    const changed = (next: Stage) => {
      if (next.sessionId === sessionId) setStage(next);
    };
    if (socket.connected) read();
    socket.on('connect', read);
    socket.on('media:stage.changed', changed);
    return () => {
      socket.off('connect', read);
      socket.off('media:stage.changed', changed);
    };
  }, [socket, sessionId]);

  const change = useCallback(
    (event: 'media:stage.invite' | 'media:stage.remove', personId: string) =>
      request<Stage>((callback) =>
        socket.timeout(ACK_TIMEOUT_MS).emit(event, { sessionId, personId }, callback),
      ).then(setStage),
    [socket, sessionId],
  );
  return {
    stage,
    invite: useCallback((personId: string) => change('media:stage.invite', personId), [change]),
    remove: useCallback((personId: string) => change('media:stage.remove', personId), [change]),
  };
}
