import { type Announcement } from '@hadir/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queryKeys } from '../../../shared/api/queryKeys';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { addAnnouncementToCache } from '../api/announcementsCache';

/** The one place where live announcements reach the query cache. */
export function useAnnouncementsLiveSync(eventId: string): void {
  const socket = useLiveSocket();
  const queryClient = useQueryClient();

  useEffect(() => {
    const handleCreated = (announcement: Announcement) => {
      addAnnouncementToCache(queryClient, announcement);
    };
    // Whatever was announced while the connection was down never reached us: ask for the list.
    const handleReconnect = () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.announcements(eventId) });
    };
    socket.on('announcement:created', handleCreated);
    socket.io.on('reconnect', handleReconnect);
    return () => {
      socket.off('announcement:created', handleCreated);
      socket.io.off('reconnect', handleReconnect);
    };
  }, [eventId, queryClient, socket]);
}
