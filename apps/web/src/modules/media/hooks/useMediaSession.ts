import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { MediaSession } from '../lib/mediaSession';
import { useMediaSocket } from './useMediaSocket';

/** The page's media session: made when the page opens, left when it closes. */
export function useMediaSession(spaceId: string, personId: string | undefined) {
  const { socket, own, ready } = useMediaSocket(spaceId);
  const media = useMemo(
    () => new MediaSession(socket, spaceId, personId),
    [socket, spaceId, personId],
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
