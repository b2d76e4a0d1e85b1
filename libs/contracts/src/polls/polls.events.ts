import type { AckCallback } from '../api-error';
import type {
  AnswerPoll,
  CreatePoll,
  Poll,
  PollAnswer,
  PollRef,
  PollResults,
  ShowPoll,
} from './polls.schemas';

export interface PollsClientEvents {
  /** Staff only. */
  'poll:create': (payload: CreatePoll, ack: AckCallback<Poll>) => void;
  'poll:open': (payload: PollRef, ack: AckCallback<Poll>) => void;
  'poll:close': (payload: PollRef, ack: AckCallback<Poll>) => void;
  /** Staff: this poll on the room display, or off it. */
  'poll:show': (payload: ShowPoll, ack: AckCallback<Poll>) => void;
  'poll:answer': (payload: AnswerPoll, ack: AckCallback<PollAnswer>) => void;
}

export interface PollsServerEvents {
  /** A poll was created (staff only while a draft), opened or closed. */
  'poll:changed': (payload: Poll) => void;
  /** Current tallies, at a bounded rate; to everyone only when the poll's results are public. */
  'poll:results': (payload: PollResults) => void;
}
