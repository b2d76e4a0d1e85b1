import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/queryKeys';
import { fetchBadges } from '../api/badgesApi';

export function useBadges(eventId: string) {
  return useQuery({
    queryKey: queryKeys.badges(eventId),
    queryFn: ({ signal }) => fetchBadges(eventId, signal),
  });
}
