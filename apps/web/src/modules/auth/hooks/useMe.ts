import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/queryKeys';
import { fetchMe } from '../api/authApi';
import { useAuthStore } from '../../../shared/state/authStore';

export function useMe() {
  const token = useAuthStore((state) => state.token);
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => fetchMe(signal),
    enabled: token !== null,
    staleTime: 5 * 60_000,
  });
}
