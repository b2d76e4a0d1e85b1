import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/queryKeys';
import { fetchAnnouncements } from '../api/announcementsApi';

export function useAnnouncements(eventId: string) {
  return useQuery({
    queryKey: queryKeys.announcements(eventId),
    queryFn: ({ signal }) => fetchAnnouncements(eventId, signal),
    // The live socket keeps this list current; refetching on focus would only repeat it.
    staleTime: Infinity,
  });
}
