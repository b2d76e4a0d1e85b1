import { type Announcement, type AnnouncementListResponse } from '@hadir/contracts';
import { type QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/queryKeys';

/** The API lists the newest 20; the panel never holds more than that either. */
export const ANNOUNCEMENTS_SHOWN = 20;

/**
 * Puts an announcement at the top of its event's list. The same announcement can arrive twice (the
 * sender's acknowledgement and the broadcast), so it is keyed by id.
 */
export function addAnnouncementToCache(queryClient: QueryClient, announcement: Announcement): void {
  queryClient.setQueryData<AnnouncementListResponse>(
    queryKeys.announcements(announcement.eventId),
    (current) => {
      if (current === undefined) return current;
      if (current.announcements.some((a) => a.id === announcement.id)) return current;
      const announcements = [announcement, ...current.announcements]
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
        .slice(0, ANNOUNCEMENTS_SHOWN);
      return { announcements };
    },
  );
}
