import { type SessionChanged, type SessionDeleted } from '@hadir/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queryKeys } from '../../../shared/api/queryKeys';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { putSessionInCache, removeSessionFromCache } from '../api/agendaCache';

/** The one place where live agenda changes reach the query cache. */
export function useAgendaLiveSync(eventId: string): void {
  const socket = useLiveSocket();
  const queryClient = useQueryClient();

  useEffect(() => {
    const handleChanged = ({ eventId: changedEventId, session }: SessionChanged) => {
      putSessionInCache(queryClient, changedEventId, session);
    };
    const handleDeleted = ({ eventId: changedEventId, sessionId }: SessionDeleted) => {
      removeSessionFromCache(queryClient, changedEventId, sessionId);
    };
    // Whatever changed while the connection was down never reached us: ask for the agenda.
    const handleReconnect = () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.agenda(eventId) });
    };
    socket.on('agenda:session.changed', handleChanged);
    socket.on('agenda:session.deleted', handleDeleted);
    socket.io.on('reconnect', handleReconnect);
    return () => {
      socket.off('agenda:session.changed', handleChanged);
      socket.off('agenda:session.deleted', handleDeleted);
      socket.io.off('reconnect', handleReconnect);
    };
  }, [eventId, queryClient, socket]);
}
