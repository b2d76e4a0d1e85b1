import { Logger } from '@nestjs/common';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { filter, type Observable } from 'rxjs';
import type { Socket } from 'socket.io';

/**
 * Binds message handlers with one plain listener per event and socket. Nest's own adapter builds
 * a chain of RxJS operators per event and socket that lives as long as the connection: with two
 * dozen live events that was most of what each connection cost in memory (see
 * docs/benchmarks.md, bench:fanout). Here the chain exists only while a message is handled.
 */
export class LiveIoAdapter extends IoAdapter {
  private readonly logger = new Logger('LiveIoAdapter');

  override bindMessageHandlers(
    socket: Socket,
    handlers: MessageMappingProperties[],
    transform: (data: unknown) => Observable<unknown>,
  ): void {
    for (const { message, callback, isAckHandledManually } of handlers) {
      socket.on(String(message), (...args: unknown[]) => {
        const { data, ack } = this.mapPayload(args.length === 1 ? args[0] : args) as {
          data: unknown;
          ack?: unknown;
        };
        transform(callback(data, ack))
          .pipe(filter((response) => response !== null && response !== undefined))
          .subscribe({
            next: (response) => {
              const { event, data: eventData } = response as { event?: string; data?: unknown };
              if (event) {
                socket.emit(event, eventData);
                return;
              }
              if (!isAckHandledManually && typeof ack === 'function') {
                (ack as (value: unknown) => void)(response);
              }
            },
            // The ack interceptor turns errors into answers; anything else is a bug to log, not
            // a reason to stop listening to this event on this socket.
            error: (error: unknown) =>
              this.logger.error(`Live handler for ${String(message)} failed: ${String(error)}`),
          });
      });
    }
  }
}
