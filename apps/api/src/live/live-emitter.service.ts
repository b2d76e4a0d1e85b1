import { Injectable } from '@nestjs/common';
import type { LivePayload, LiveServerEvent } from '@hadir/contracts';
import type { LiveNamespace } from './live.types';

/** The one typed way for services to push to rooms; the gateway hands it the namespace. */
@Injectable()
export class LiveEmitter {
  private namespace: LiveNamespace | undefined;

  attach(namespace: LiveNamespace): void {
    this.namespace = namespace;
  }

  toRoom<E extends LiveServerEvent>(room: string, event: E, payload: LivePayload<E>): void {
    if (!this.namespace) throw new Error('The live namespace is not ready yet');
    // socket.io's emit typing cannot follow the generic event name; the signature above does.
    (this.namespace.to(room).emit as (e: E, p: LivePayload<E>) => boolean)(event, payload);
  }
}
