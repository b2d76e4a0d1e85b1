import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { MediaSession } from '../lib/mediaSession';

/** The page's media session: made when the page opens, left when it closes. */
export function useMediaSession(sessionId: string, personId: string | undefined) {
  const socket = useLiveSocket();
  const media = useMemo(
    () => new MediaSession(socket, sessionId, personId),
    [socket, sessionId, personId],
  );

  useEffect(() => {
    media.start();
    return () => media.dispose();
  }, [media]);

  const snapshot = useSyncExternalStore(media.subscribe, media.snapshot);
  return { media, snapshot };
}
