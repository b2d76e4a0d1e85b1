import { useMemo } from 'react';
import { createMediaSocket } from '../../live/api/liveSocket';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { useMeta } from '../../sign-in/hooks/useMeta';

/**
 * The socket a session's media goes through: on several API nodes one of its own, which the
 * proxy sends to the node carrying the session's media (connected by its user); on one node the
 * live socket itself.
 */
export function useMediaSocket(spaceId: string) {
  const liveSocket = useLiveSocket();
  const meta = useMeta();
  const path = meta.data?.mediaSocketPath ?? null;
  const socket = useMemo(
    () => (path ? createMediaSocket(liveSocket, path, spaceId) : liveSocket),
    [liveSocket, path, spaceId],
  );
  return { socket, own: socket !== liveSocket, ready: meta.isSuccess };
}
