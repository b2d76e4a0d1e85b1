import { type AgendaSession, type EventAgenda } from '@hadir/contracts';
import { type QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/queryKeys';

/**
 * Puts a created or changed session into its event's agenda. The organiser's own save and the
 * broadcast of it both arrive, so the session replaces any copy with its id.
 */
export function putSessionInCache(
  queryClient: QueryClient,
  eventId: string,
  session: AgendaSession,
): void {
  queryClient.setQueryData<EventAgenda>(queryKeys.agenda(eventId), (current) => {
    if (current === undefined) return current;
    const others = current.sessions.filter((s) => s.id !== session.id);
    return { ...current, sessions: [...others, session] };
  });
}

export function removeSessionFromCache(
  queryClient: QueryClient,
  eventId: string,
  sessionId: string,
): void {
  queryClient.setQueryData<EventAgenda>(queryKeys.agenda(eventId), (current) => {
    if (current === undefined) return current;
    return { ...current, sessions: current.sessions.filter((s) => s.id !== sessionId) };
  });
}
