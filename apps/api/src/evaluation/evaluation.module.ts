import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttendanceModule } from '../attendance/attendance.module';
import { EventsModule } from '../events/events.module';
import { IdentityModule } from '../identity/identity.module';
import { LiveEmitterModule } from '../realtime/live-emitter.module';
import { EvaluationAnswerEntity } from './entities/evaluation-answer.entity';
import { EvaluationFormEntity } from './entities/evaluation-form.entity';
import { EvaluationReceiptEntity } from './entities/evaluation-receipt.entity';
import { EvaluationController } from './evaluation.controller';
import { EvaluationGateway } from './evaluation.gateway';
import { EvaluationService } from './evaluation.service';

/** Session feedback and the programme evaluation, their answers and results. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      EvaluationFormEntity,
      EvaluationAnswerEntity,
      EvaluationReceiptEntity,
    ]),
    AttendanceModule,
    EventsModule,
    IdentityModule,
    LiveEmitterModule,
  ],
  controllers: [EvaluationController],
  providers: [EvaluationService, EvaluationGateway],
})
export class EvaluationModule {}
