import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module';
import { EventsModule } from '../events/events.module';
import { IdentityModule } from '../identity/identity.module';
import { LiveAckInterceptor } from '../realtime/live-ack.interceptor';
import { LiveEmitterModule } from '../realtime/live-emitter.module';
import { LiveGateway } from './live.gateway';

@Module({
  imports: [IdentityModule, EventsModule, LiveEmitterModule, AttendanceModule],
  providers: [LiveGateway, LiveAckInterceptor],
})
export class LiveModule {}
