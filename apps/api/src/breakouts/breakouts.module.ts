import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CheckInModule } from '../checkin/check-in.module';
import { EventsModule } from '../events/events.module';
import { IdentityModule } from '../identity/identity.module';
import { LiveEmitterModule } from '../realtime/live-emitter.module';
import { BreakoutAccessService } from './breakout-access.service';
import { BreakoutClockService } from './breakout-clock.service';
import { BreakoutRoomsService } from './breakout-rooms.service';
import { BreakoutsGateway } from './breakouts.gateway';
import { BreakoutsService } from './breakouts.service';
import { BreakoutAssignmentEntity } from './entities/breakout-assignment.entity';
import { BreakoutMessageEntity } from './entities/breakout-message.entity';
import { BreakoutNoteUpdateEntity } from './entities/breakout-note-update.entity';
import { BreakoutRoomEntity } from './entities/breakout-room.entity';
import { BreakoutSetEntity } from './entities/breakout-set.entity';

/** Breakout rooms: virtual rooms and hybrid tables, their chat and shared notes. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      BreakoutSetEntity,
      BreakoutRoomEntity,
      BreakoutAssignmentEntity,
      BreakoutMessageEntity,
      BreakoutNoteUpdateEntity,
    ]),
    CheckInModule,
    EventsModule,
    IdentityModule,
    LiveEmitterModule,
  ],
  providers: [
    BreakoutAccessService,
    BreakoutsService,
    BreakoutRoomsService,
    BreakoutClockService,
    BreakoutsGateway,
  ],
  exports: [BreakoutAccessService],
})
export class BreakoutsModule {}
