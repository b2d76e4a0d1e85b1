import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BreakoutsModule } from '../breakouts/breakouts.module';
import { EventsModule } from '../events/events.module';
import { HandsModule } from '../hands/hands.module';
import { IdentityModule } from '../identity/identity.module';
import { LiveEmitterModule } from '../realtime/live-emitter.module';
import { StageInvitationEntity } from './entities/stage-invitation.entity';
import { MediaGateway } from './media.gateway';
import { MediaSpacesService } from './media-spaces.service';
import { MediaWorkers } from './media-workers.service';

/** Live audio and video through mediasoup, in this API process. */
@Module({
  imports: [
    TypeOrmModule.forFeature([StageInvitationEntity]),
    BreakoutsModule,
    EventsModule,
    HandsModule,
    IdentityModule,
    LiveEmitterModule,
  ],
  providers: [MediaWorkers, MediaSpacesService, MediaGateway],
  exports: [MediaWorkers, MediaSpacesService],
})
export class MediaModule {}
