import {
  type Ack,
  type LiveAckData,
  type LiveClientEvent,
  type LivePayloadIn,
} from '@hadir/contracts';
import { ApiRequestError } from '../../../shared/api/ApiRequestError';
import { type LiveSocket } from './liveSocket';

/** How long a live request waits for its acknowledgement before it counts as unanswered. */
export const ACK_TIMEOUT_MS = 5000;

/** Sends a live request and resolves with its data, or throws what the server said. */
export function request<T>(
  send: (callback: (timedOut: Error | null, ack: Ack<T>) => void) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    send((timedOut, ack) => {
      if (timedOut) reject(new TypeError('No answer from the server'));
      else if (!ack.ok) reject(new ApiRequestError(null, ack.error));
      else resolve(ack.data);
    });
  });
}

/**
 * Sends `event` for an event name only known as a type parameter, its acknowledgement typed from
 * the event map. socket.io's emit typing cannot follow a generic event name; this signature
 * does, and it is the one place that says so.
 */
export function sendLive<E extends LiveClientEvent>(
  socket: LiveSocket,
  event: E,
  payload: LivePayloadIn<E>,
  callback: (timedOut: Error | null, ack: Ack<LiveAckData<E>>) => void,
): void {
  const timed = socket.timeout(ACK_TIMEOUT_MS);
  (timed.emit as (e: E, p: LivePayloadIn<E>, cb: typeof callback) => void)(
    event,
    payload,
    callback,
  );
}
