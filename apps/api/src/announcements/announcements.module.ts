import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { IdentityModule } from '../identity/identity.module';
import { LiveEmitterModule } from '../realtime/live-emitter.module';
import { AnnouncementsController } from './announcements.controller';
import { AnnouncementsGateway } from './announcements.gateway';
import { AnnouncementsService } from './announcements.service';
import { AnnouncementEntity } from './entities/announcement.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([AnnouncementEntity]),
    IdentityModule,
    EventsModule,
    LiveEmitterModule,
  ],
  controllers: [AnnouncementsController],
  providers: [AnnouncementsService, AnnouncementsGateway],
})
export class AnnouncementsModule {}
