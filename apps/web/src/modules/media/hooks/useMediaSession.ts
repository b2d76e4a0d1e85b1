import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { createMediaSocket } from '../../live/api/liveSocket';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { useMeta } from '../../sign-in/hooks/useMeta';
import { MediaSession } from '../lib/mediaSession';

/**
 * The page's media session: made when the page opens, left when it closes. On several API
 * nodes it has a socket of its own, which the proxy sends to the node carrying the session's
 * media; on one node it shares the live socket.
 */
export function useMediaSession(sessionId: string, personId: string | undefined) {
  const liveSocket = useLiveSocket();
  const meta = useMeta();
  const path = meta.data?.mediaSocketPath ?? null;
  const socket = useMemo(
    () => (path ? createMediaSocket(liveSocket, path, sessionId) : liveSocket),
    [liveSocket, path, sessionId],
  );
  const media = useMemo(
    () => new MediaSession(socket, sessionId, personId),
    [socket, sessionId, personId],
  );

  useEffect(() => {
    if (socket === liveSocket) return;
    socket.connect();
    return () => {
      socket.disconnect();
    };
  }, [socket, liveSocket]);

  useEffect(() => {
    media.start();
    return () => media.dispose();
  }, [media]);

  const snapshot = useSyncExternalStore(media.subscribe, media.snapshot);
  return { media, snapshot, ready: meta.isSuccess };
}
