import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { IdentityModule } from '../identity/identity.module';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';

/** The agenda as calendar files: one session's, and each person's subscribable programme. */
@Module({
  imports: [TypeOrmModule.forFeature([CalendarFeedEntity]), EventsModule, IdentityModule],
  controllers: [CalendarController],
  providers: [CalendarService],
})
export class CalendarModule {}
