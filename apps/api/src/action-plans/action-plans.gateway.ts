import { UseInterceptors } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import {
  type AddPlanComment,
  addPlanCommentSchema,
  type CreatePlan,
  createPlanSchema,
  type PlanComment,
  type PlanDetail,
  type PlanEventRef,
  planEventRefSchema,
  type PlanList,
  type PlanRef,
  planRefSchema,
  type PlanSessionRef,
  planSessionRefSchema,
  type PlanTemplate,
  planTemplateSchema,
  type ResolvePlanConflict,
  resolvePlanConflictSchema,
  type ReviewPlan,
  reviewPlanSchema,
  type SavePlanSection,
  type SavePlanSectionResult,
  savePlanSectionSchema,
  type ShowPlan,
  type ShownPlan,
  showPlanSchema,
} from '@hadir/contracts';
import { ZodValidationPipe } from 'nestjs-zod';
import { LiveAckInterceptor } from '../live/live-ack.interceptor';
import { LIVE_GATEWAY_OPTIONS } from '../live/live.options';
import type { LiveSocket } from '../live/live.types';
import { ActionPlansService } from './action-plans.service';

/** Action plans on the live namespace: co-authors see each other's sections as they are saved. */
@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseInterceptors(LiveAckInterceptor)
export class ActionPlansGateway {
  constructor(private readonly plans: ActionPlansService) {}

  @SubscribeMessage('plan:template.get')
  template(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(planEventRefSchema)) input: PlanEventRef,
  ): Promise<PlanTemplate> {
    return this.plans.template(socket.data.personId, input.eventId);
  }

  @SubscribeMessage('plan:template.save')
  saveTemplate(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(planTemplateSchema)) input: PlanTemplate,
  ): Promise<PlanTemplate> {
    return this.plans.saveTemplate(socket.data.personId, input);
  }

  @SubscribeMessage('plan:list')
  list(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(planEventRefSchema)) input: PlanEventRef,
  ): Promise<PlanList> {
    return this.plans.list(socket, input.eventId);
  }

  @SubscribeMessage('plan:create')
  create(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(createPlanSchema)) input: CreatePlan,
  ): Promise<PlanDetail> {
    return this.plans.create(socket.data.personId, input);
  }

  @SubscribeMessage('plan:open')
  open(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(planRefSchema)) input: PlanRef,
  ): Promise<PlanDetail> {
    return this.plans.open(socket, input.planId);
  }

  @SubscribeMessage('plan:close')
  close(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(planRefSchema)) input: PlanRef,
  ): Promise<PlanRef> {
    return this.plans.close(socket, input.planId);
  }

  @SubscribeMessage('plan:section.save')
  saveSection(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(savePlanSectionSchema)) input: SavePlanSection,
  ): Promise<SavePlanSectionResult> {
    return this.plans.saveSection(socket.data.personId, input);
  }

  @SubscribeMessage('plan:conflict.resolve')
  resolve(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(resolvePlanConflictSchema)) input: ResolvePlanConflict,
  ): Promise<PlanDetail> {
    return this.plans.resolveConflict(socket.data.personId, input);
  }

  @SubscribeMessage('plan:submit')
  submit(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(planRefSchema)) input: PlanRef,
  ): Promise<PlanDetail> {
    return this.plans.submit(socket.data.personId, input.planId);
  }

  @SubscribeMessage('plan:review')
  review(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(reviewPlanSchema)) input: ReviewPlan,
  ): Promise<PlanDetail> {
    return this.plans.review(socket.data.personId, input);
  }

  @SubscribeMessage('plan:comment.add')
  comment(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(addPlanCommentSchema)) input: AddPlanComment,
  ): Promise<PlanComment> {
    return this.plans.comment(socket.data.personId, input);
  }

  @SubscribeMessage('plan:show')
  show(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(showPlanSchema)) input: ShowPlan,
  ): Promise<ShownPlan> {
    return this.plans.show(socket.data.personId, input);
  }

  @SubscribeMessage('plan:shown.get')
  shown(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(planSessionRefSchema)) input: PlanSessionRef,
  ): Promise<ShownPlan> {
    return this.plans.shown(socket.data.personId, input.sessionId);
  }
}
