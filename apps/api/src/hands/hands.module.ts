import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { LiveEmitterModule } from '../realtime/live-emitter.module';
import { RaisedHandEntity } from './entities/raised-hand.entity';
import { HandsGateway } from './hands.gateway';
import { HandsService } from './hands.service';

/** Raised hands: who asks for the floor, for staff to give it. */
@Module({
  imports: [TypeOrmModule.forFeature([RaisedHandEntity]), EventsModule, LiveEmitterModule],
  providers: [HandsService, HandsGateway],
  exports: [HandsService],
})
export class HandsModule {}
