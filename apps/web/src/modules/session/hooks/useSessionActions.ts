import {
  type AnswerPoll,
  type ChatMessage,
  type DeleteChat,
  type Mute,
  type Reaction,
  type CreatePoll,
  type HandQueue,
  type Poll,
  type PollAnswer,
  type ModerationAction,
  type MyHand,
  type QnaSettings,
  type Question,
  type VoteResult,
} from '@hadir/contracts';
import { useMemo } from 'react';
import { newId } from '../../../shared/lib/newId';
import { type LiveSocket } from '../../live/api/liveSocket';
import { type SessionLiveAction } from '../lib/sessionLiveState';
import { ACK_TIMEOUT_MS, request } from '../../live/api/liveRequest';

/**
 * What a viewer can do in the session, each applied to the local state as soon as the server
 * has answered (the live message that follows changes nothing more).
 */
export function useSessionActions(
  socket: LiveSocket,
  sessionId: string,
  apply: (action: SessionLiveAction) => void,
) {
  return useMemo(() => {
    // `timeout()` flags only the next emit, so each request asks for its own.
    const live = () => socket.timeout(ACK_TIMEOUT_MS);
    const question = (mine: boolean) => (changed: Question) => {
      apply({ type: 'question', question: changed, mine });
      return changed;
    };
    return {
      /** `id` stays the same across retries of one draft, so a resend never asks twice. */
      ask: (id: string, text: string, anonymous: boolean) =>
        request<Question>((callback) =>
          live().emit('qna:question.ask', { id, sessionId, text, anonymous }, callback),
        ).then(question(true)),
      edit: (questionId: string, text: string) =>
        request<Question>((callback) =>
          live().emit('qna:question.edit', { sessionId, questionId, text }, callback),
        ).then(question(true)),
      withdraw: (questionId: string) =>
        request<Question>((callback) =>
          live().emit('qna:question.withdraw', { sessionId, questionId }, callback),
        ).then(question(true)),
      vote: (questionId: string, up: boolean) =>
        request<VoteResult>((callback) =>
          live().emit('qna:question.vote', { sessionId, questionId, id: newId(), up }, callback),
        ).then((result) => apply({ type: 'myVote', result })),
      moderate: (questionId: string, action: ModerationAction) =>
        request<Question>((callback) =>
          live().emit('qna:question.moderate', { sessionId, questionId, action }, callback),
        ).then(question(false)),
      reply: (questionId: string, text: string) =>
        request<Question>((callback) =>
          live().emit('qna:question.reply', { sessionId, questionId, text }, callback),
        ).then(question(false)),
      updateSettings: (settings: QnaSettings) =>
        request<QnaSettings>((callback) =>
          live().emit('qna:settings.update', { sessionId, ...settings }, callback),
        ).then((next) => apply({ type: 'settings', settings: next })),
      raiseHand: (raised: boolean) =>
        request<MyHand>((callback) =>
          live().emit('hand:raise', { sessionId, raised }, callback),
        ).then((hand) => apply({ type: 'myHand', hand })),
      createPoll: (poll: Omit<CreatePoll, 'sessionId'>) =>
        request<Poll>((callback) =>
          live().emit('poll:create', { ...poll, sessionId }, callback),
        ).then((created) => apply({ type: 'poll', poll: created })),
      openPoll: (pollId: string) =>
        request<Poll>((callback) => live().emit('poll:open', { sessionId, pollId }, callback)).then(
          (opened) => apply({ type: 'poll', poll: opened }),
        ),
      closePoll: (pollId: string) =>
        request<Poll>((callback) =>
          live().emit('poll:close', { sessionId, pollId }, callback),
        ).then((closed) => apply({ type: 'poll', poll: closed })),
      /** Puts the poll on the room display (taking another off), or takes it off. */
      showPoll: (pollId: string, shown: boolean) =>
        request<Poll>((callback) =>
          live().emit('poll:show', { sessionId, pollId, shown }, callback),
        ).then((changed) => apply({ type: 'poll', poll: changed })),
      /** `id` stays the same across retries of one answer. */
      answerPoll: (answer: Omit<AnswerPoll, 'sessionId'>) =>
        request<PollAnswer>((callback) =>
          live().emit('poll:answer', { ...answer, sessionId }, callback),
        ).then((stored) => apply({ type: 'myAnswer', answer: stored })),
      /** `id` stays the same across retries of one message. */
      sendChat: (id: string, text: string) =>
        request<ChatMessage>((callback) =>
          live().emit('chat:message.send', { id, sessionId, text }, callback),
        ).then((message) => apply({ type: 'chat', message })),
      deleteChat: (messageId: string) =>
        request<DeleteChat>((callback) =>
          live().emit('chat:message.delete', { sessionId, messageId }, callback),
        ).then((deleted) => apply({ type: 'chatDeleted', deleted })),
      mute: (personId: string, muted: boolean) =>
        request<Mute>((callback) =>
          live().emit('chat:mute', { sessionId, personId, muted }, callback),
        ),
      react: (reaction: Reaction) =>
        request<null>((callback) =>
          live().emit('reaction:send', { sessionId, reaction }, callback),
        ),
      lowerHand: (personId: string) =>
        request<HandQueue>((callback) =>
          live().emit('hand:lower', { sessionId, personId }, callback),
        ).then((queue) => apply({ type: 'hands', queue })),
    };
  }, [socket, sessionId, apply]);
}

export type SessionActions = ReturnType<typeof useSessionActions>;
