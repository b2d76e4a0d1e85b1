import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { LiveEmitterModule } from '../realtime/live-emitter.module';
import { QnaSettingsEntity } from './entities/qna-settings.entity';
import { QuestionVoteEntity } from './entities/question-vote.entity';
import { QuestionEntity } from './entities/question.entity';
import { QnaController } from './qna.controller';
import { QnaGateway } from './qna.gateway';
import { QuestionsService } from './questions.service';
import { VoteTotalsService } from './vote-totals.service';

/** Questions and answers: the audience asks and votes, staff moderate and answer. */
@Module({
  imports: [
    TypeOrmModule.forFeature([QuestionEntity, QuestionVoteEntity, QnaSettingsEntity]),
    EventsModule,
    LiveEmitterModule,
  ],
  controllers: [QnaController],
  providers: [QuestionsService, VoteTotalsService, QnaGateway],
  exports: [QuestionsService],
})
export class QnaModule {}
