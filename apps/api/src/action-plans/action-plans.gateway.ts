import { UseInterceptors } from '@nestjs/common';
import { WebSocketGateway } from '@nestjs/websockets';
import {
  type AddPlanComment,
  type CreatePlan,
  type PlanComment,
  type PlanDetail,
  type PlanEventRef,
  type PlanList,
  type PlanRef,
  type PlanSessionRef,
  type PlanTemplate,
  type ResolvePlanConflict,
  type ReviewPlan,
  type SavePlanSection,
  type SavePlanSectionResult,
  type ShowPlan,
  type ShownPlan,
} from '@hadir/contracts';
import { LiveHandler } from '../realtime/live-handler.decorator';
import { LiveAckInterceptor } from '../realtime/live-ack.interceptor';
import { LIVE_GATEWAY_OPTIONS } from '../realtime/live.options';
import type { LiveSocket } from '../realtime/live.types';
import { ActionPlansService } from './action-plans.service';

/** Action plans on the live namespace: co-authors see each other's sections as they are saved. */
@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseInterceptors(LiveAckInterceptor)
export class ActionPlansGateway {
  constructor(private readonly plans: ActionPlansService) {}

  @LiveHandler('plan:template.get')
  template(socket: LiveSocket, input: PlanEventRef): Promise<PlanTemplate> {
    return this.plans.template(socket.data.personId, input.eventId);
  }

  @LiveHandler('plan:template.save')
  saveTemplate(socket: LiveSocket, input: PlanTemplate): Promise<PlanTemplate> {
    return this.plans.saveTemplate(socket.data.personId, input);
  }

  @LiveHandler('plan:list')
  list(socket: LiveSocket, input: PlanEventRef): Promise<PlanList> {
    return this.plans.list(socket, input.eventId);
  }

  @LiveHandler('plan:create')
  create(socket: LiveSocket, input: CreatePlan): Promise<PlanDetail> {
    return this.plans.create(socket.data.personId, input);
  }

  @LiveHandler('plan:open')
  open(socket: LiveSocket, input: PlanRef): Promise<PlanDetail> {
    return this.plans.open(socket, input.planId);
  }

  @LiveHandler('plan:close')
  close(socket: LiveSocket, input: PlanRef): Promise<PlanRef> {
    return this.plans.close(socket, input.planId);
  }

  @LiveHandler('plan:section.save')
  saveSection(socket: LiveSocket, input: SavePlanSection): Promise<SavePlanSectionResult> {
    return this.plans.saveSection(socket.data.personId, input);
  }

  @LiveHandler('plan:conflict.resolve')
  resolve(socket: LiveSocket, input: ResolvePlanConflict): Promise<PlanDetail> {
    return this.plans.resolveConflict(socket.data.personId, input);
  }

  @LiveHandler('plan:submit')
  submit(socket: LiveSocket, input: PlanRef): Promise<PlanDetail> {
    return this.plans.submit(socket.data.personId, input.planId);
  }

  @LiveHandler('plan:review')
  review(socket: LiveSocket, input: ReviewPlan): Promise<PlanDetail> {
    return this.plans.review(socket.data.personId, input);
  }

  @LiveHandler('plan:comment.add')
  comment(socket: LiveSocket, input: AddPlanComment): Promise<PlanComment> {
    return this.plans.comment(socket.data.personId, input);
  }

  @LiveHandler('plan:show')
  show(socket: LiveSocket, input: ShowPlan): Promise<ShownPlan> {
    return this.plans.show(socket.data.personId, input);
  }

  @LiveHandler('plan:shown.get')
  shown(socket: LiveSocket, input: PlanSessionRef): Promise<ShownPlan> {
    return this.plans.shown(socket.data.personId, input.sessionId);
  }
}
