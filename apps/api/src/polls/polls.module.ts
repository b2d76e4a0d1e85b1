import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { LiveEmitterModule } from '../realtime/live-emitter.module';
import { PollResponseEntity } from './entities/poll-response.entity';
import { PollEntity } from './entities/poll.entity';
import { PollTalliesService } from './poll-tallies.service';
import { PollsController } from './polls.controller';
import { PollsGateway } from './polls.gateway';
import { PollsService } from './polls.service';

/** Polls of a session and their answers. */
@Module({
  imports: [
    TypeOrmModule.forFeature([PollEntity, PollResponseEntity]),
    EventsModule,
    LiveEmitterModule,
  ],
  controllers: [PollsController],
  providers: [PollsService, PollTalliesService, PollsGateway],
  exports: [PollsService],
})
export class PollsModule {}
