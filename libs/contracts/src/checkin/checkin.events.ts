import type { AckCallback } from '../api-error';
import type {
  CheckInCounts,
  CheckInResult,
  CheckInScan,
  UndoCheckIn,
  WatchCounts,
} from './checkin.schemas';

export interface CheckInClientEvents {
  /** Staff only (organiser, facilitator). */
  'checkin:scan.record': (payload: CheckInScan, ack: AckCallback<CheckInResult>) => void;
  'checkin:scan.undo': (payload: UndoCheckIn, ack: AckCallback<CheckInResult>) => void;
  /** Staff only: join the event's staff room, and get the counts now. */
  'checkin:counts.watch': (payload: WatchCounts, ack: AckCallback<CheckInCounts>) => void;
}

export interface CheckInServerEvents {
  /** To staff watching the event, at most a few times a second however fast scans arrive. */
  'checkin:counts.updated': (payload: CheckInCounts) => void;
  /**
   * To whoever recorded an admission that an earlier scan, uploaded late by an offline device,
   * has taken over: it is now a duplicate.
   */
  'checkin:scan.overturned': (payload: CheckInResult) => void;
}
