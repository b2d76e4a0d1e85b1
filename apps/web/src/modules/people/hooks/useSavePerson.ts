import { type CreatePersonBody, type EventPerson } from '@hadir/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/queryKeys';
import { putPersonInCache } from '../api/peopleCache';
import { createPerson, setPersonRoles, updatePerson } from '../api/peopleApi';
import { type PersonChanges } from '../lib/personForm';

export type SavePersonRequest =
  | { kind: 'create'; body: CreatePersonBody }
  | { kind: 'update'; personId: string; changes: PersonChanges };

export function useSavePerson(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: SavePersonRequest): Promise<EventPerson | null> => {
      if (request.kind === 'create') return createPerson(eventId, request.body);
      const { personId, changes } = request;
      let saved: EventPerson | null = null;
      if (changes.details) saved = await updatePerson(eventId, personId, changes.details);
      if (changes.roles) saved = await setPersonRoles(eventId, personId, changes.roles);
      return saved;
    },
    onSuccess: (person) => {
      if (person) putPersonInCache(queryClient, eventId, person);
    },
    // The details may have been saved before the roles were refused: show what the server has.
    onError: () => queryClient.invalidateQueries({ queryKey: queryKeys.people(eventId) }),
  });
}
