import { useMutation, useQueryClient } from '@tanstack/react-query';
import { refreshPeople } from '../api/peopleCache';
import {
  fetchInvitation,
  reissueBadge,
  reissueInvitation,
  revokeInvitation,
} from '../api/peopleApi';

/** The person's current invitation link, fetched when an organiser asks for it. */
export function useGetInvitationLink(eventId: string) {
  return useMutation({ mutationFn: (personId: string) => fetchInvitation(eventId, personId) });
}

/** A new link; the old ones stop working. */
export function useReissueInvitation(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => reissueInvitation(eventId, personId),
    onSuccess: () => refreshPeople(queryClient, eventId),
  });
}

/** Withdraws the invitation; the person is signed out everywhere at once. */
export function useRevokeInvitation(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => revokeInvitation(eventId, personId),
    onSuccess: () => refreshPeople(queryClient, eventId),
  });
}

/** A new badge code for a lost badge; the old one no longer checks in. */
export function useReissueBadge(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => reissueBadge(eventId, personId),
    onSuccess: () => refreshPeople(queryClient, eventId),
  });
}
