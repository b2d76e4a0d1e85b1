import { Module } from '@nestjs/common';
import { ChatModule } from '../chat/chat.module';
import { EventsModule } from '../events/events.module';
import { HandsModule } from '../hands/hands.module';
import { PollsModule } from '../polls/polls.module';
import { QnaModule } from '../qna/qna.module';
import { LiveEmitterModule } from '../realtime/live-emitter.module';
import { SessionGateway } from './session.gateway';

/** A live session as a whole: what a viewer gets on joining, from each of its features. */
@Module({
  imports: [EventsModule, QnaModule, PollsModule, ChatModule, HandsModule, LiveEmitterModule],
  providers: [SessionGateway],
})
export class SessionModule {}
