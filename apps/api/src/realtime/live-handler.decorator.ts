import { ConnectedSocket, MessageBody, SubscribeMessage } from '@nestjs/websockets';
import {
  LIVE_CLIENT_SCHEMAS,
  type LiveAckData,
  type LiveClientEvent,
  type LivePayloadIn,
} from '@hadir/contracts';
import { ZodValidationPipe } from 'nestjs-zod';
import type { LiveSocket } from './live.types';

/** An acknowledgement without data is `null`, which a handler may also leave unsaid. */
type AckResult<E extends LiveClientEvent> =
  LiveAckData<E> extends null ? LiveAckData<E> | void : LiveAckData<E>;

type LiveHandlerMethod<E extends LiveClientEvent> = (
  socket: LiveSocket,
  payload: LivePayloadIn<E>,
) => AckResult<E> | Promise<AckResult<E>>;

/**
 * Handles the client event `event` of the live map: the handler is `(socket, payload)`, the
 * payload already parsed by the event's schema in `LIVE_CLIENT_SCHEMAS`, and what it returns is
 * checked at compile time against what the event's acknowledgement carries.
 */
export function LiveHandler<E extends LiveClientEvent>(event: E) {
  return (
    target: object,
    key: string | symbol,
    descriptor: { value?: LiveHandlerMethod<E> },
  ): void => {
    ConnectedSocket()(target, key, 0);
    MessageBody(new ZodValidationPipe(LIVE_CLIENT_SCHEMAS[event]))(target, key, 1);
    SubscribeMessage(event)(target, key, descriptor);
  };
}
