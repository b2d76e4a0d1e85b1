import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { IdentityModule } from '../identity/identity.module';
import { LiveEmitterModule } from '../realtime/live-emitter.module';
import { CheckInCountsService } from './check-in-counts.service';
import { CheckInController } from './check-in.controller';
import { CheckInGateway } from './check-in.gateway';
import { CheckInService } from './check-in.service';
import { AdmissionEntity } from './entities/admission.entity';
import { CheckInEntity } from './entities/check-in.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([CheckInEntity, AdmissionEntity]),
    EventsModule,
    IdentityModule,
    LiveEmitterModule,
  ],
  controllers: [CheckInController],
  providers: [CheckInService, CheckInCountsService, CheckInGateway],
  exports: [CheckInService],
})
export class CheckInModule {}
