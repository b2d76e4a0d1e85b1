import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { queryKeys } from '../../../shared/api/queryKeys';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { fetchMyEvaluations } from '../api/evaluationApi';

/**
 * The forms this person is asked to answer (on a session's page, that session's). A reminder
 * from the organisers reads them again and is remembered, so the page can say who asked.
 */
export function useMyEvaluations(eventId: string, sessionId?: string) {
  const socket = useLiveSocket();
  const client = useQueryClient();
  const [reminded, setReminded] = useState(false);
  const requests = useQuery({
    queryKey: queryKeys.myEvaluations(eventId, sessionId),
    queryFn: ({ signal }) => fetchMyEvaluations(eventId, sessionId, signal),
  });

  useEffect(() => {
    const handleReminder = (reminder: { eventId: string }) => {
      if (reminder.eventId !== eventId) return;
      setReminded(true);
      void client.invalidateQueries({ queryKey: queryKeys.myEvaluations(eventId) });
    };
    socket.on('evaluation:reminder', handleReminder);
    return () => {
      socket.off('evaluation:reminder', handleReminder);
    };
  }, [socket, client, eventId]);

  return { requests, reminded };
}
