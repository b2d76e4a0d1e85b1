import type { AckCallback } from '../api-error';
import type {
  EvaluationReminder,
  EvaluationResults,
  WatchEvaluationResults,
} from './evaluation.schemas';

export interface EvaluationClientEvents {
  /** Organisers: a form's results now, then again at a bounded rate while answers arrive. */
  'evaluation:results.watch': (
    payload: WatchEvaluationResults,
    ack: AckCallback<EvaluationResults>,
  ) => void;
}

export interface EvaluationServerEvents {
  'evaluation:results.updated': (payload: EvaluationResults) => void;
  /** To a participant who has a form to answer, when organisers send a reminder. */
  'evaluation:reminder': (payload: EvaluationReminder) => void;
}
