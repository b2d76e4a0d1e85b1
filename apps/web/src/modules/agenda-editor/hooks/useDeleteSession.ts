import { useMutation, useQueryClient } from '@tanstack/react-query';
import { removeSessionFromCache } from '../../events/api/agendaCache';
import { deleteSession } from '../api/agendaEditorApi';

export function useDeleteSession(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => deleteSession(eventId, sessionId),
    onSuccess: (_nothing, sessionId) => removeSessionFromCache(queryClient, eventId, sessionId),
  });
}
