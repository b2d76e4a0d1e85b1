import type { AccessRevoked } from '../people/people.schemas';
import type { ServerShutdown } from './system.schemas';

export interface SystemServerEvents {
  'system:server.shutdown': (payload: ServerShutdown) => void;
  /** Sent just before the server disconnects a socket whose invitation was revoked. */
  'system:access.revoked': (payload: AccessRevoked) => void;
}
