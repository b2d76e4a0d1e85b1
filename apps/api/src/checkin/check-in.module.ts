import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventEntity } from '../events/entities/event.entity';
import { BadgeEntity } from '../identity/entities/badge.entity';
import { EventRoleEntity } from '../identity/entities/event-role.entity';
import { PersonEntity } from '../identity/entities/person.entity';
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
    TypeOrmModule.forFeature([
      CheckInEntity,
      AdmissionEntity,
      // Read only: badges, people and the event are looked up at the door.
      EventEntity,
      BadgeEntity,
      PersonEntity,
      EventRoleEntity,
    ]),
    IdentityModule,
    LiveEmitterModule,
  ],
  controllers: [CheckInController],
  providers: [CheckInService, CheckInCountsService, CheckInGateway],
  exports: [CheckInService],
})
export class CheckInModule {}
