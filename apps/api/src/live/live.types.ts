import type {
  AttendanceMode,
  LiveClientToServerEvents,
  LiveServerToClientEvents,
} from '@hadir/contracts';
import type { Namespace, Socket } from 'socket.io';

export interface LiveSocketData {
  personId: string;
  /** Shown to staff in the session's presence list. */
  name: string;
  /** The invitation the session came from; revoking it disconnects this socket. */
  invitationId: string;
  /** Events the person belonged to when they connected; their rooms are joined on connect. */
  eventIds: string[];
  /** The sessions this socket has joined, and whether from home or from the hall. */
  sessions: Record<string, AttendanceMode>;
}

export type LiveNamespace = Namespace<
  LiveClientToServerEvents,
  LiveServerToClientEvents,
  Record<string, never>,
  LiveSocketData
>;

export type LiveSocket = Socket<
  LiveClientToServerEvents,
  LiveServerToClientEvents,
  Record<string, never>,
  LiveSocketData
>;
