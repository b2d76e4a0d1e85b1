import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/queryKeys';
import { fetchAgenda } from '../api/eventsApi';

export function useEventAgenda(eventId: string) {
  return useQuery({
    queryKey: queryKeys.agenda(eventId),
    queryFn: ({ signal }) => fetchAgenda(eventId, signal),
    staleTime: 5 * 60_000,
  });
}
