import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/queryKeys';
import { fetchMeta } from '../api/signInApi';

export function useMeta() {
  return useQuery({
    queryKey: queryKeys.meta,
    queryFn: ({ signal }) => fetchMeta(signal),
    staleTime: Infinity,
  });
}
