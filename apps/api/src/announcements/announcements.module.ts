import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { IdentityModule } from '../identity/identity.module';
import { LiveModule } from '../live/live.module';
import { AnnouncementsController } from './announcements.controller';
import { AnnouncementsGateway } from './announcements.gateway';
import { AnnouncementsService } from './announcements.service';
import { AnnouncementEntity } from './entities/announcement.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([AnnouncementEntity]),
    IdentityModule,
    EventsModule,
    LiveModule,
  ],
  controllers: [AnnouncementsController],
  providers: [AnnouncementsService, AnnouncementsGateway],
})
export class AnnouncementsModule {}
