import type { AckCallback } from '../api-error';
import type {
  AskQuestion,
  EditQuestion,
  ModerateQuestion,
  QnaSettings,
  Question,
  QuestionRef,
  ReplyQuestion,
  UpdateQnaSettings,
  VoteQuestion,
  VoteResult,
  VoteTotals,
} from './qna.schemas';

export interface QnaClientEvents {
  'qna:question.ask': (payload: AskQuestion, ack: AckCallback<Question>) => void;
  /** The author, until the question is approved. */
  'qna:question.edit': (payload: EditQuestion, ack: AckCallback<Question>) => void;
  'qna:question.withdraw': (payload: QuestionRef, ack: AckCallback<Question>) => void;
  'qna:question.vote': (payload: VoteQuestion, ack: AckCallback<VoteResult>) => void;
  /** Staff only (organiser, moderator, facilitator). */
  'qna:question.moderate': (payload: ModerateQuestion, ack: AckCallback<Question>) => void;
  'qna:question.reply': (payload: ReplyQuestion, ack: AckCallback<Question>) => void;
  'qna:settings.update': (payload: UpdateQnaSettings, ack: AckCallback<QnaSettings>) => void;
}

export interface QnaServerEvents {
  /**
   * A question appeared or changed. Staff get it in full; others get it without the author of
   * an anonymous question, and only once it is approved.
   */
  'qna:question.changed': (payload: Question) => void;
  /** Current vote totals, at most a few times a second however fast votes arrive. */
  'qna:votes.updated': (payload: VoteTotals) => void;
  'qna:settings.changed': (payload: { sessionId: string; settings: QnaSettings }) => void;
}
