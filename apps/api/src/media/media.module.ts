import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BreakoutsModule } from '../breakouts/breakouts.module';
import { IdentityModule } from '../identity/identity.module';
import { InteractionModule } from '../interaction/interaction.module';
import { LiveEmitterModule } from '../realtime/live-emitter.module';
import { StageInvitationEntity } from './entities/stage-invitation.entity';
import { MediaGateway } from './media.gateway';
import { MediaRoomsService } from './media-rooms.service';
import { MediaWorkers } from './media-workers.service';

/** Live audio and video through mediasoup, in this API process. */
@Module({
  imports: [
    TypeOrmModule.forFeature([StageInvitationEntity]),
    BreakoutsModule,
    IdentityModule,
    InteractionModule,
    LiveEmitterModule,
  ],
  providers: [MediaWorkers, MediaRoomsService, MediaGateway],
  exports: [MediaWorkers, MediaRoomsService],
})
export class MediaModule {}
