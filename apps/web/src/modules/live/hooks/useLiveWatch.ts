import {
  type AckCallback,
  type LiveClientToServerEvents,
  type LiveServerToClientEvents,
} from '@hadir/contracts';
import { useEffect, useState } from 'react';
import { ApiRequestError } from '../../../shared/api/ApiRequestError';
import { sendLive } from '../api/liveRequest';
import { useLiveSocket } from './useLiveSocket';

type Request = keyof LiveClientToServerEvents;
type Payload<R extends Request> = Parameters<LiveClientToServerEvents[R]>[0];
type Answer<R extends Request> =
  Parameters<LiveClientToServerEvents[R]>[1] extends AckCallback<infer T> ? T : never;

/**
 * State the server keeps current: asked for with `request` at every connection (rooms do not
 * outlive a connection that could not be recovered), then replaced by each `push` whose fields
 * match the request's (same event, same session). A request that times out is asked again at
 * the next connection; a refusal is the error.
 */
export function useLiveWatch<R extends Request>(
  request: R,
  payload: Payload<R>,
  push: keyof LiveServerToClientEvents,
  enabled = true,
) {
  const socket = useLiveSocket();
  const [value, setValue] = useState<Answer<R> | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Callers pass a fresh object each render; its content is what the effect depends on.
  const key = JSON.stringify(payload);

  useEffect(() => {
    if (!enabled) return;
    const body = JSON.parse(key) as Record<string, unknown>;
    const watch = () => {
      sendLive(socket, request, body as Payload<R>, (timedOut, ack) => {
        if (timedOut) return;
        if (ack.ok) {
          setValue(ack.data);
          setError(null);
        } else setError(new ApiRequestError(null, ack.error));
      });
    };
    const pushed = (next: Record<string, unknown>) => {
      if (Object.entries(body).every(([field, wanted]) => next[field] === wanted)) {
        setValue(next as Answer<R>);
      }
    };
    const on = socket.on.bind(socket) as (event: string, handler: typeof pushed) => void;
    const off = socket.off.bind(socket) as (event: string, handler: typeof pushed) => void;
    socket.on('connect', watch);
    on(push, pushed);
    if (socket.connected) watch();
    return () => {
      socket.off('connect', watch);
      off(push, pushed);
    };
  }, [socket, request, key, push, enabled]);

  return { value, error, setValue };
}
