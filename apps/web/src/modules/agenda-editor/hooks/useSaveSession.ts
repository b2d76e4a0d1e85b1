import { type AgendaSession, type CreateSessionBody } from '@hadir/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { putSessionInCache } from '../../events/api/agendaCache';
import { createSession, updateSession } from '../api/agendaEditorApi';

export interface SaveSessionRequest {
  /** True for a session not yet on the agenda. */
  isNew: boolean;
  body: CreateSessionBody;
}

export function useSaveSession(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ isNew, body }: SaveSessionRequest): Promise<AgendaSession> => {
      if (isNew) return createSession(eventId, body);
      const { id, ...input } = body;
      return updateSession(eventId, id, input);
    },
    onSuccess: (session) => putSessionInCache(queryClient, eventId, session),
  });
}
