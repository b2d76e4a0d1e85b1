import type {
  AttendanceMode,
  LiveClientToServerEvents,
  LiveServerToClientEvents,
  StageChange,
} from '@hadir/contracts';
import type { Namespace, Socket } from 'socket.io';

export interface LiveSocketData {
  personId: string;
  /** Shown to staff in the session's presence list. */
  name: string;
  /** The invitation the session came from; revoking it disconnects this socket. */
  invitationId: string;
  /** The one event the session acts in; its room is joined on connect. */
  eventId: string;
  /** The sessions this socket has joined, and whether from home or from the hall. */
  sessions: Record<string, AttendanceMode>;
  /** The breakout rooms this socket has open, and how the person takes part. */
  breakouts?: Record<string, AttendanceMode>;
}

/** Between API nodes, through the adapter: what one node asks the others to do. */
export interface LiveServerSideEvents {
  /** A participant was taken off a session's stage: close what they publish on your node. */
  'media:stage.removed': (payload: StageChange) => void;
}

export type LiveNamespace = Namespace<
  LiveClientToServerEvents,
  LiveServerToClientEvents,
  LiveServerSideEvents,
  LiveSocketData
>;

export type LiveSocket = Socket<
  LiveClientToServerEvents,
  LiveServerToClientEvents,
  LiveServerSideEvents,
  LiveSocketData
>;
