import { type QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/queryKeys';

/**
 * Drops everything cached about the signed-in person (who they are, their events, agendas and
 * announcements), so the next person on this device never sees it. Public data such as the demo
 * list stays.
 */
export function forgetSignedInPerson(queryClient: QueryClient): void {
  queryClient.removeQueries({ queryKey: queryKeys.me });
  queryClient.removeQueries({ queryKey: queryKeys.events });
}
