import { type Stage } from '@hadir/contracts';
import { useCallback } from 'react';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { useLiveWatch } from '../../live/hooks/useLiveWatch';
import { ACK_TIMEOUT_MS, request } from '../../live/api/liveRequest';

/** Who a moderator invited on stage, kept current; and inviting or taking people off. */
export function useStage(sessionId: string) {
  const socket = useLiveSocket();
  const { value: stage, setValue: setStage } = useLiveWatch(
    'media:stage.get',
    { sessionId },
    'media:stage.changed',
  );

  const change = useCallback(
    (event: 'media:stage.invite' | 'media:stage.remove', personId: string) =>
      request<Stage>((callback) =>
        socket.timeout(ACK_TIMEOUT_MS).emit(event, { sessionId, personId }, callback),
      ).then(setStage),
    [socket, sessionId, setStage],
  );
  return {
    stage,
    invite: useCallback((personId: string) => change('media:stage.invite', personId), [change]),
    remove: useCallback((personId: string) => change('media:stage.remove', personId), [change]),
  };
}
