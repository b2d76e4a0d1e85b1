import type { AckCallback } from '../api-error';
import type { HandQueue, LowerHand, MyHand, RaiseHand } from './hands.schemas';

export interface HandsClientEvents {
  'hand:raise': (payload: RaiseHand, ack: AckCallback<MyHand>) => void;
  /** Staff only. */
  'hand:lower': (payload: LowerHand, ack: AckCallback<HandQueue>) => void;
}

export interface HandsServerEvents {
  /** To the session's staff. */
  'hand:queue.changed': (payload: HandQueue) => void;
  /** To the person, on all their devices. */
  'hand:mine.changed': (payload: MyHand) => void;
}
