import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { IdentityModule } from '../identity/identity.module';
import { LiveAckInterceptor } from './live-ack.interceptor';
import { LiveEmitter } from './live-emitter.service';
import { LiveGateway } from './live.gateway';

@Module({
  imports: [IdentityModule, EventsModule],
  providers: [LiveGateway, LiveEmitter, LiveAckInterceptor],
  exports: [LiveEmitter],
})
export class LiveModule {}
