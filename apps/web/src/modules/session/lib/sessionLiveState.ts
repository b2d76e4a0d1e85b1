import {
  type ChatMessage,
  type DeleteChat,
  type HandQueue,
  type Mute,
  type Poll,
  type PollAnswer,
  type PollResults,
  type MyHand,
  type PresenceCounts,
  type QnaSettings,
  type Question,
  type SessionState,
  type VoteResult,
  type VoteTotals,
} from '@hadir/contracts';

export type SessionLiveAction =
  | { type: 'snapshot'; state: SessionState }
  | { type: 'question'; question: Question; mine?: boolean }
  | { type: 'totals'; totals: VoteTotals }
  | { type: 'myVote'; result: VoteResult }
  | { type: 'settings'; settings: QnaSettings }
  | { type: 'hands'; queue: HandQueue }
  | { type: 'myHand'; hand: MyHand }
  | { type: 'presence'; counts: PresenceCounts }
  | { type: 'poll'; poll: Poll }
  | { type: 'results'; results: PollResults }
  | { type: 'myAnswer'; answer: PollAnswer }
  | { type: 'chat'; message: ChatMessage }
  | { type: 'chatDeleted'; deleted: DeleteChat }
  | { type: 'mute'; change: Mute & { name: string }; me: string | undefined };

/** Messages kept in the page; the oldest scroll away. */
const CHAT_KEPT = 200;

/** Statuses that take a question off a participant's board (staff keep seeing them). */
const OFF_BOARD = new Set(['withdrawn', 'dismissed']);

/**
 * Applies one live message to the session's state. A snapshot replaces everything (after a join
 * or a reconnect); the rest are changes since, applied in the order they arrive.
 */
export function sessionLiveReducer(
  state: SessionState | null,
  action: SessionLiveAction,
): SessionState | null {
  if (action.type === 'snapshot') return action.state;
  if (!state) return state;
  switch (action.type) {
    case 'question': {
      const { question } = action;
      if (question.sessionId !== state.sessionId) return state;
      const myQuestionIds =
        action.mine && !state.myQuestionIds.includes(question.id)
          ? [...state.myQuestionIds, question.id]
          : state.myQuestionIds;
      const others = state.questions.filter((q) => q.id !== question.id);
      const known = state.questions.find((q) => q.id === question.id);
      // Anonymous questions arrive without a name; the author's own copy keeps theirs.
      const merged =
        known?.author && !question.author && myQuestionIds.includes(question.id)
          ? { ...question, author: known.author }
          : question;
      const hide = !state.staff && OFF_BOARD.has(question.status);
      return { ...state, myQuestionIds, questions: hide ? others : [...others, merged] };
    }
    case 'totals':
      if (action.totals.sessionId !== state.sessionId) return state;
      return {
        ...state,
        questions: state.questions.map((q) =>
          q.id in action.totals.totals ? { ...q, votes: action.totals.totals[q.id] } : q,
        ),
      };
    case 'myVote': {
      const { questionId, votedByMe, votes } = action.result;
      const myVotes = state.myVotes.filter((id) => id !== questionId);
      return {
        ...state,
        myVotes: votedByMe ? [...myVotes, questionId] : myVotes,
        questions: state.questions.map((q) => (q.id === questionId ? { ...q, votes } : q)),
      };
    }
    case 'settings':
      return { ...state, settings: action.settings };
    case 'hands':
      return action.queue.sessionId === state.sessionId
        ? { ...state, hands: action.queue.hands }
        : state;
    case 'myHand':
      return action.hand.sessionId === state.sessionId ? { ...state, myHand: action.hand } : state;
    case 'presence':
      return action.counts.sessionId === state.sessionId
        ? { ...state, presence: action.counts }
        : state;
    case 'poll': {
      const { poll } = action;
      if (poll.sessionId !== state.sessionId || (!state.staff && poll.status === 'draft')) {
        return state;
      }
      const known = state.polls.some((p) => p.id === poll.id);
      return {
        ...state,
        polls: known
          ? state.polls.map((p) => (p.id === poll.id ? poll : p))
          : [...state.polls, poll],
      };
    }
    case 'results': {
      const { results } = action;
      if (results.sessionId !== state.sessionId) return state;
      return {
        ...state,
        results: [...state.results.filter((r) => r.pollId !== results.pollId), results],
      };
    }
    case 'chat': {
      const { message } = action;
      if (message.sessionId !== state.sessionId || state.chat.some((m) => m.id === message.id)) {
        return state;
      }
      return { ...state, chat: [...state.chat, message].slice(-CHAT_KEPT) };
    }
    case 'chatDeleted':
      return {
        ...state,
        chat: state.chat.filter((message) => message.id !== action.deleted.messageId),
      };
    case 'mute': {
      const { change, me } = action;
      if (change.sessionId !== state.sessionId) return state;
      const others = state.mutedPeople.filter((person) => person.id !== change.personId);
      return {
        ...state,
        muted: change.personId === me ? change.muted : state.muted,
        mutedPeople: change.muted
          ? [...others, { id: change.personId, name: change.name }]
          : others,
      };
    }
    case 'myAnswer':
      return {
        ...state,
        myAnswers: [
          ...state.myAnswers.filter((a) => a.pollId !== action.answer.pollId),
          action.answer,
        ],
      };
  }
}
