import { ErrorCode } from '@hadir/contracts';
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { forgetSignedInPerson } from '../modules/auth/api/forgetSignedInPerson';
import { useAuthStore } from '../shared/state/authStore';
import { ApiRequestError } from '../shared/api/ApiRequestError';

const isUnauthenticated = (error: unknown) =>
  error instanceof ApiRequestError && error.code === ErrorCode.Unauthenticated;

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // One place for an expired or revoked session: forget it, and the route guard sends the
      // person to sign-in.
      onError: (error) => {
        if (!isUnauthenticated(error)) return;
        useAuthStore.getState().clearToken();
        forgetSignedInPerson(queryClient);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not change by asking again; network hiccups and 5xx may.
        retry: (failureCount, error) =>
          !(error instanceof ApiRequestError && error.status !== null && error.status < 500) &&
          failureCount < 2,
      },
    },
  });
  return queryClient;
}
