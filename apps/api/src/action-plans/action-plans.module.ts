import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { IdentityModule } from '../identity/identity.module';
import { LiveEmitterModule } from '../realtime/live-emitter.module';
import { ActionPlansGateway } from './action-plans.gateway';
import { ActionPlansService } from './action-plans.service';
import { ActionPlanEntity } from './entities/action-plan.entity';
import { PlanCommentEntity } from './entities/plan-comment.entity';
import { PlanConflictEntity } from './entities/plan-conflict.entity';
import { PlanEditEntity } from './entities/plan-edit.entity';
import { PlanSectionEntity } from './entities/plan-section.entity';
import { PlanStepEntity } from './entities/plan-step.entity';
import { PlanTemplateEntity } from './entities/plan-template.entity';
import { ShownPlanEntity } from './entities/shown-plan.entity';

/** Action plans: each participant's or delegation's plan, its review and its presentation. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      PlanTemplateEntity,
      ActionPlanEntity,
      PlanSectionEntity,
      PlanEditEntity,
      PlanConflictEntity,
      PlanCommentEntity,
      PlanStepEntity,
      ShownPlanEntity,
    ]),
    EventsModule,
    IdentityModule,
    LiveEmitterModule,
  ],
  providers: [ActionPlansService, ActionPlansGateway],
})
export class ActionPlansModule {}
