import type {
  CheckInCounts,
  CheckInResult,
  CheckInScan,
  UndoCheckIn,
  WatchCounts,
} from '../checkin/checkin.schemas';
import type { AckCallback } from '../common/errors';
import type { SessionChanged, SessionDeleted } from '../programme/agenda.schemas';
import type { AccessRevoked } from '../programme/people.schemas';
import type {
  Announcement,
  CreateAnnouncement,
  JoinedSession,
  JoinSession,
  ServerShutdown,
} from './live.schemas';

/** Events a client may send on the live namespace. Every one is acknowledged. */
export interface LiveClientToServerEvents {
  'session:presence.join': (payload: JoinSession, ack: AckCallback<JoinedSession>) => void;
  'session:presence.leave': (payload: JoinSession, ack: AckCallback<JoinSession>) => void;
  'event:announcement.create': (
    payload: CreateAnnouncement,
    ack: AckCallback<Announcement>,
  ) => void;
  /** Staff only (organiser, facilitator). */
  'checkin:scan.record': (payload: CheckInScan, ack: AckCallback<CheckInResult>) => void;
  'checkin:scan.undo': (payload: UndoCheckIn, ack: AckCallback<CheckInResult>) => void;
  /** Staff only: join the event's staff room, and get the counts now. */
  'checkin:counts.watch': (payload: WatchCounts, ack: AckCallback<CheckInCounts>) => void;
}

/** Events the server sends on the live namespace. */
export interface LiveServerToClientEvents {
  'event:announcement.created': (announcement: Announcement) => void;
  'system:server.shutdown': (payload: ServerShutdown) => void;
  /** Sent just before the server disconnects a socket whose invitation was revoked. */
  'system:access.revoked': (payload: AccessRevoked) => void;
  /** To staff watching the event, at most a few times a second however fast scans arrive. */
  'checkin:counts.updated': (payload: CheckInCounts) => void;
  /**
   * To whoever recorded an admission that an earlier scan, uploaded late by an offline device,
   * has taken over: it is now a duplicate.
   */
  'checkin:scan.overturned': (payload: CheckInResult) => void;
  'agenda:session.changed': (payload: SessionChanged) => void;
  'agenda:session.deleted': (payload: SessionDeleted) => void;
}

export type LiveClientEvent = keyof LiveClientToServerEvents;
export type LiveServerEvent = keyof LiveServerToClientEvents;
export type LivePayload<E extends LiveServerEvent> = Parameters<LiveServerToClientEvents[E]>[0];
