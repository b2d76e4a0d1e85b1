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
}

/** Events the server sends on the live namespace. */
export interface LiveServerToClientEvents {
  'event:announcement.created': (announcement: Announcement) => void;
  'system:server.shutdown': (payload: ServerShutdown) => void;
  /** Sent just before the server disconnects a socket whose invitation was revoked. */
  'system:access.revoked': (payload: AccessRevoked) => void;
  'agenda:session.changed': (payload: SessionChanged) => void;
  'agenda:session.deleted': (payload: SessionDeleted) => void;
}

export type LiveClientEvent = keyof LiveClientToServerEvents;
export type LiveServerEvent = keyof LiveServerToClientEvents;
export type LivePayload<E extends LiveServerEvent> = Parameters<LiveServerToClientEvents[E]>[0];
