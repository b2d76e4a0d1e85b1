import type { AckCallback } from '../api-error';
import type { JoinSession, JoinedSession, PresenceCounts, SessionState } from './session.schemas';

export interface SessionClientEvents {
  'session:presence.join': (payload: JoinSession, ack: AckCallback<JoinedSession>) => void;
  'session:presence.leave': (payload: JoinSession, ack: AckCallback<JoinSession>) => void;
  /** The session as it stands, for this viewer: after a join, a reconnect or a reload. */
  'session:state.get': (payload: JoinSession, ack: AckCallback<SessionState>) => void;
}

export interface SessionServerEvents {
  /** To the session's staff, at a bounded rate. */
  'session:presence.counts': (payload: PresenceCounts) => void;
}
