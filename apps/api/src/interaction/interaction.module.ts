import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { IdentityModule } from '../identity/identity.module';
import { LiveEmitterModule } from '../realtime/live-emitter.module';
import { ChatMessageEntity } from './entities/chat-message.entity';
import { ChatMuteEntity } from './entities/chat-mute.entity';
import { PollResponseEntity } from './entities/poll-response.entity';
import { PollEntity } from './entities/poll.entity';
import { QaSettingsEntity } from './entities/qa-settings.entity';
import { QuestionVoteEntity } from './entities/question-vote.entity';
import { QuestionEntity } from './entities/question.entity';
import { RaisedHandEntity } from './entities/raised-hand.entity';
import { ChatService } from './chat.service';
import { HandsService } from './hands.service';
import { PollTalliesService } from './poll-tallies.service';
import { PollsService } from './polls.service';
import { InteractionGateway } from './interaction.gateway';
import { InteractionController } from './interaction.controller';
import { QuestionsService } from './questions.service';
import { ReactionsService } from './reactions.service';
import { SessionAccessService } from './session-access.service';
import { VoteTotalsService } from './vote-totals.service';

/** What the audience does in a session: questions, polls, chat, reactions, raised hands. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      QuestionEntity,
      QuestionVoteEntity,
      RaisedHandEntity,
      QaSettingsEntity,
      PollEntity,
      PollResponseEntity,
      ChatMessageEntity,
      ChatMuteEntity,
    ]),
    IdentityModule,
    EventsModule,
    LiveEmitterModule,
  ],
  controllers: [InteractionController],
  providers: [
    QuestionsService,
    HandsService,
    SessionAccessService,
    VoteTotalsService,
    PollsService,
    PollTalliesService,
    ChatService,
    ReactionsService,
    InteractionGateway,
  ],
  exports: [SessionAccessService, HandsService],
})
export class InteractionModule {}
