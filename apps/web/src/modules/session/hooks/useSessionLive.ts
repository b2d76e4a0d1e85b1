import {
  type ChatMessage,
  type DeleteChat,
  type Mute,
  type HandQueue,
  type Poll,
  type PollResults,
  type MyHand,
  type PresenceCounts,
  type QnaSettings,
  type Question,
  type SessionState,
  type VoteTotals,
} from '@hadir/contracts';
import { useCallback, useEffect, useReducer, useState } from 'react';
import { ACK_TIMEOUT_MS, request } from '../../live/api/liveRequest';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { useMe } from '../../auth/hooks/useMe';
import { type SessionPresence } from './useSessionPresence';
import { type SessionLiveAction, sessionLiveReducer } from '../lib/sessionLiveState';

/**
 * The session as this viewer sees it, read afresh at every join (so after a reconnect or reload)
 * and kept current by the live messages in between.
 */
export function useSessionLive(sessionId: string, presence: SessionPresence) {
  const socket = useLiveSocket();
  const [state, dispatch] = useReducer(sessionLiveReducer, null);
  const [error, setError] = useState<unknown>(null);
  const joins = presence.state === 'joined' ? presence.joins : 0;
  const me = useMe().data?.id;

  useEffect(() => {
    const question = (changed: Question) => dispatch({ type: 'question', question: changed });
    const totals = (update: VoteTotals) => dispatch({ type: 'totals', totals: update });
    const settings = ({ settings: next }: { settings: QnaSettings }) =>
      dispatch({ type: 'settings', settings: next });
    const hands = (queue: HandQueue) => dispatch({ type: 'hands', queue });
    const myHand = (hand: MyHand) => dispatch({ type: 'myHand', hand });
    const presence = (counts: PresenceCounts) => dispatch({ type: 'presence', counts });
    const poll = (changed: Poll) => dispatch({ type: 'poll', poll: changed });
    const results = (tally: PollResults) => dispatch({ type: 'results', results: tally });
    const chat = (message: ChatMessage) => dispatch({ type: 'chat', message });
    const chatDeleted = (deleted: DeleteChat) => dispatch({ type: 'chatDeleted', deleted });
    const mute = (change: Mute & { name: string }) => dispatch({ type: 'mute', change, me });
    socket.on('qna:question.changed', question);
    socket.on('qna:votes.updated', totals);
    socket.on('qna:settings.changed', settings);
    socket.on('hand:queue.changed', hands);
    socket.on('hand:mine.changed', myHand);
    socket.on('session:presence.counts', presence);
    socket.on('poll:changed', poll);
    socket.on('poll:results', results);
    socket.on('chat:message.created', chat);
    socket.on('chat:message.deleted', chatDeleted);
    socket.on('chat:mute.changed', mute);
    return () => {
      socket.off('qna:question.changed', question);
      socket.off('qna:votes.updated', totals);
      socket.off('qna:settings.changed', settings);
      socket.off('hand:queue.changed', hands);
      socket.off('hand:mine.changed', myHand);
      socket.off('session:presence.counts', presence);
      socket.off('poll:changed', poll);
      socket.off('poll:results', results);
      socket.off('chat:message.created', chat);
      socket.off('chat:message.deleted', chatDeleted);
      socket.off('chat:mute.changed', mute);
    };
  }, [socket, me]);

  useEffect(() => {
    if (joins === 0) return;
    let current = true;
    request<SessionState>((callback) =>
      socket.timeout(ACK_TIMEOUT_MS).emit('session:state.get', { sessionId }, callback),
    )
      .then((snapshot) => {
        if (!current) return;
        dispatch({ type: 'snapshot', state: snapshot });
        setError(null);
      })
      .catch((thrown: unknown) => {
        if (current) setError(thrown);
      });
    return () => {
      current = false;
    };
  }, [socket, sessionId, joins]);

  const apply = useCallback((action: SessionLiveAction) => dispatch(action), []);
  return { state: state?.sessionId === sessionId ? state : null, error, apply, socket };
}
