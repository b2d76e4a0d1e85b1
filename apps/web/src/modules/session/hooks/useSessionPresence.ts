import { type Ack, type AttendanceMode, type JoinedSession } from '@hadir/contracts';
import { useEffect, useState } from 'react';
import { ApiRequestError } from '../../../shared/api/ApiRequestError';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';

const ACK_TIMEOUT_MS = 5000;

/** `joins` counts the joins so far: each one is a moment to read the session's state afresh. */
export type SessionPresence =
  | { state: 'joining' }
  | { state: 'joined'; staff: boolean; joins: number }
  | { state: 'failed'; error: unknown };

interface Tracked {
  sessionId: string;
  presence: SessionPresence;
}

/**
 * Joins the session's live room while the page is open and leaves it when the page goes. A
 * reconnect that could not recover the old connection has lost its rooms, so it joins again.
 */
/** Until `mode` is known (undefined), nothing is joined: a join is counted by its mode. */
export function useSessionPresence(
  sessionId: string,
  mode: AttendanceMode | undefined,
): SessionPresence {
  const socket = useLiveSocket();
  const [tracked, setTracked] = useState<Tracked | null>(null);

  useEffect(() => {
    if (mode === undefined) return;
    let current = true;
    let joins = 0;
    const report = (presence: SessionPresence) => {
      if (current) setTracked({ sessionId, presence });
    };
    const join = () => {
      socket
        .timeout(ACK_TIMEOUT_MS)
        .emit('session:presence.join', { sessionId, mode }, (timedOut, ack: Ack<JoinedSession>) => {
          if (timedOut) report({ state: 'failed', error: timedOut });
          else if (!ack.ok)
            report({ state: 'failed', error: new ApiRequestError(null, ack.error) });
          else report({ state: 'joined', staff: ack.data.staff, joins: ++joins });
        });
    };
    // A recovered connection is back in its rooms, but may have missed a state change pushed
    // while it was away; joining again costs little and reads everything afresh.
    const handleConnect = () => join();
    // Before the first connection, `connect` does the joining; emitting now would join twice.
    if (socket.connected) join();
    socket.on('connect', handleConnect);
    return () => {
      current = false;
      socket.off('connect', handleConnect);
      // Nothing waits for this answer: the page that asked is gone.
      socket.emit('session:presence.leave', { sessionId }, () => undefined);
    };
  }, [sessionId, mode, socket]);

  return tracked?.sessionId === sessionId ? tracked.presence : { state: 'joining' };
}
