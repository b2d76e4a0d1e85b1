import {
  LIVE_NAMESPACE,
  type LiveClientToServerEvents,
  type LiveServerToClientEvents,
} from '@hadir/contracts';
import { io, type Socket } from 'socket.io-client';
import { newId } from '../../../shared/lib/newId';
import { useConnectionStore } from '../state/connectionStore';

export type LiveSocket = Socket<LiveServerToClientEvents, LiveClientToServerEvents>;

/**
 * Creates the live socket without connecting it, so creating one has no effect until `connect()`;
 * its life cycle is reported to the connection store. A node that shuts down drops its transports
 * and socket.io reconnects by itself, so `system:server.shutdown` needs no handling here.
 */
export function createLiveSocket(token: string): LiveSocket {
  const socket: LiveSocket = io(LIVE_NAMESPACE, {
    auth: { token },
    autoConnect: false,
    // A fresh manager per session, so a new sign-in never shares a connection with the last one.
    forceNew: true,
    // What the proxy keeps one client's requests on one node by (long polling needs that): a
    // random key of this connection's, where an address would put a whole venue on one node.
    query: { affinity: newId() },
  });
  const { setSocketState } = useConnectionStore.getState();

  socket.on('connect', () => setSocketState('connected'));
  socket.on('disconnect', (reason) => {
    if (socket.active) setSocketState('reconnecting');
    // The server ended this session's connection on purpose; retrying would only repeat that.
    else if (reason === 'io server disconnect') setSocketState('refused');
    else setSocketState('idle');
  });
  socket.on('connect_error', () => {
    // socket.io keeps retrying after a network failure (`active`), but not after the server's
    // middleware refused us.
    setSocketState(socket.active ? 'reconnecting' : 'refused');
  });
  return socket;
}

/**
 * A socket for one session's media alone, at the path a proxy routes by session, so that
 * everyone's media in a session meets on one API node. Connected by its user.
 */
export function createMediaSocket(liveSocket: LiveSocket, path: string, sessionId: string) {
  const { token } = liveSocket.auth as { token: string };
  const socket: LiveSocket = io(LIVE_NAMESPACE, {
    path,
    query: { session: sessionId },
    auth: { token, purpose: 'media' },
    autoConnect: false,
    forceNew: true,
  });
  return socket;
}
