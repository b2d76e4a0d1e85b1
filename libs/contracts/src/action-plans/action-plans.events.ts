import type { AckCallback } from '../api-error';
import type {
  AddPlanComment,
  CreatePlan,
  PlanComment,
  PlanDetail,
  PlanEventRef,
  PlanList,
  PlanRef,
  PlanSection,
  PlanSessionRef,
  PlanTemplate,
  ResolvePlanConflict,
  ReviewPlan,
  SavePlanSection,
  SavePlanSectionResult,
  ShowPlan,
  ShownPlan,
} from './action-plans.schemas';

export interface ActionPlansClientEvents {
  /** Action plans: the template, to anyone in the event; saving it, organisers only. */
  'plan:template.get': (payload: PlanEventRef, ack: AckCallback<PlanTemplate>) => void;
  'plan:template.save': (payload: PlanTemplate, ack: AckCallback<PlanTemplate>) => void;
  /** The plans this viewer may read; staff then follow every plan's changes. */
  'plan:list': (payload: PlanEventRef, ack: AckCallback<PlanList>) => void;
  /** Participants: their own plan, or their delegation's. */
  'plan:create': (payload: CreatePlan, ack: AckCallback<PlanDetail>) => void;
  'plan:open': (payload: PlanRef, ack: AckCallback<PlanDetail>) => void;
  'plan:close': (payload: PlanRef, ack: AckCallback<PlanRef>) => void;
  /** The plan's authors, while it is a draft or changes were asked for. */
  'plan:section.save': (payload: SavePlanSection, ack: AckCallback<SavePlanSectionResult>) => void;
  'plan:conflict.resolve': (payload: ResolvePlanConflict, ack: AckCallback<PlanDetail>) => void;
  'plan:submit': (payload: PlanRef, ack: AckCallback<PlanDetail>) => void;
  /** Staff only. */
  'plan:review': (payload: ReviewPlan, ack: AckCallback<PlanDetail>) => void;
  'plan:comment.add': (payload: AddPlanComment, ack: AckCallback<PlanComment>) => void;
  /** Staff only: the plan on the session's room display. */
  'plan:show': (payload: ShowPlan, ack: AckCallback<ShownPlan>) => void;
  'plan:shown.get': (payload: PlanSessionRef, ack: AckCallback<ShownPlan>) => void;
}

export interface ActionPlansServerEvents {
  'plan:template.changed': (payload: PlanTemplate) => void;
  /** To a plan's open pages and the staff overview: read it again. */
  'plan:updated': (payload: PlanRef) => void;
  /** To a plan's open pages: a co-author's section, as saved. */
  'plan:section.saved': (payload: { planId: string; section: PlanSection }) => void;
  'plan:shown.changed': (payload: ShowPlan) => void;
}
