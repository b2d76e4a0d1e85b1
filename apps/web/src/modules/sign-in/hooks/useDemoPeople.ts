import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/queryKeys';
import { fetchDemoPeople } from '../api/signInApi';

export function useDemoPeople(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.demoPeople,
    queryFn: ({ signal }) => fetchDemoPeople(signal),
    enabled,
  });
}
