import { Module } from '@nestjs/common';
import { LiveEmitter } from './live-emitter.service';
import { SessionPresenceService } from './session-presence.service';

/**
 * The emitter on its own, so that any feature module can push live messages without depending
 * on the gateway (which itself depends on identity and events).
 */
@Module({
  providers: [LiveEmitter, SessionPresenceService],
  exports: [LiveEmitter, SessionPresenceService],
})
export class LiveEmitterModule {}
