import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/queryKeys';
import { fetchPeople } from '../api/peopleApi';

export function useEventPeople(eventId: string) {
  return useQuery({
    queryKey: queryKeys.people(eventId),
    queryFn: ({ signal }) => fetchPeople(eventId, signal),
  });
}
