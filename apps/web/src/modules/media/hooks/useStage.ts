import { type Stage } from '@hadir/contracts';
import { useCallback } from 'react';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { useLiveWatch } from '../../live/hooks/useLiveWatch';
import { ACK_TIMEOUT_MS, request } from '../../live/api/liveRequest';

/** Who a moderator invited on stage, kept current; and inviting or taking people off. */
export function useStage(spaceId: string) {
  const socket = useLiveSocket();
  const { value: stage, setValue: setStage } = useLiveWatch(
    'media:stage.get',
    { spaceId },
    'media:stage.changed',
  );

  const change = useCallback(
    (event: 'media:stage.invite' | 'media:stage.remove', personId: string) =>
      request<Stage>((callback) =>
        socket.timeout(ACK_TIMEOUT_MS).emit(event, { spaceId, personId }, callback),
      ).then(setStage),
    [socket, spaceId, setStage],
  );
  return {
    stage,
    invite: useCallback((personId: string) => change('media:stage.invite', personId), [change]),
    remove: useCallback((personId: string) => change('media:stage.remove', personId), [change]),
  };
}
