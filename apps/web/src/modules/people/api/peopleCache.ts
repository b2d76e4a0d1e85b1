import { type EventPeopleResponse, type EventPerson } from '@hadir/contracts';
import { type QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/queryKeys';

/** Puts a person the server just returned into the event's list, in name order. */
export function putPersonInCache(
  queryClient: QueryClient,
  eventId: string,
  person: EventPerson,
): void {
  queryClient.setQueryData<EventPeopleResponse>(queryKeys.people(eventId), (current) => {
    if (current === undefined) return current;
    const people = [...current.people.filter((p) => p.id !== person.id), person].sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    return { people };
  });
}

/** After changes the list cannot patch in by itself: invitations, badges, imports. */
export function refreshPeople(queryClient: QueryClient, eventId: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.people(eventId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.badges(eventId) }),
  ]).then(() => undefined);
}
