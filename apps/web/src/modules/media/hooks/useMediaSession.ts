import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { MediaSession } from '../lib/mediaSession';
import { useMediaSocket } from './useMediaSocket';

/** The page's media session: made when the page opens, left when it closes. */
export function useMediaSession(sessionId: string, personId: string | undefined) {
  const { socket, own, ready } = useMediaSocket(sessionId);
  const media = useMemo(
    () => new MediaSession(socket, sessionId, personId),
    [socket, sessionId, personId],
  );

  useEffect(() => {
    if (!own) return;
    socket.connect();
    return () => {
      socket.disconnect();
    };
  }, [socket, own]);

  useEffect(() => {
    media.start();
    return () => media.dispose();
  }, [media]);

  const snapshot = useSyncExternalStore(media.subscribe, media.snapshot);
  return { media, snapshot, ready };
}
