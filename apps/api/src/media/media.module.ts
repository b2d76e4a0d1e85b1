import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { InteractionModule } from '../interaction/interaction.module';
import { LiveEmitterModule } from '../live/live-emitter.module';
import { MediaGateway } from './media.gateway';
import { MediaRoomsService } from './media-rooms.service';
import { MediaWorkers } from './media-workers.service';

/** Live audio and video through mediasoup, in this API process. */
@Module({
  imports: [IdentityModule, InteractionModule, LiveEmitterModule],
  providers: [MediaWorkers, MediaRoomsService, MediaGateway],
  exports: [MediaWorkers, MediaRoomsService],
})
export class MediaModule {}
