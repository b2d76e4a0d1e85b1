import { CertificateEntity } from '../attendance/entities/certificate.entity';
import { CalendarFeedEntity } from '../calendar/entities/calendar-feed.entity';
import { EvaluationAnswerEntity } from '../evaluation/entities/evaluation-answer.entity';
import { EvaluationFormEntity } from '../evaluation/entities/evaluation-form.entity';
import { EvaluationReceiptEntity } from '../evaluation/entities/evaluation-receipt.entity';
import { ActionPlanEntity } from '../action-plans/entities/action-plan.entity';
import { PlanCommentEntity } from '../action-plans/entities/plan-comment.entity';
import { PlanConflictEntity } from '../action-plans/entities/plan-conflict.entity';
import { PlanEditEntity } from '../action-plans/entities/plan-edit.entity';
import { PlanSectionEntity } from '../action-plans/entities/plan-section.entity';
import { PlanStepEntity } from '../action-plans/entities/plan-step.entity';
import { PlanTemplateEntity } from '../action-plans/entities/plan-template.entity';
import { ShownPlanEntity } from '../action-plans/entities/shown-plan.entity';
import { AttendanceRuleEntity } from '../attendance/entities/attendance-rule.entity';
import { AttendanceCorrectionEntity } from '../attendance/entities/attendance-correction.entity';
import { BreakoutAssignmentEntity } from '../breakouts/entities/breakout-assignment.entity';
import { BreakoutMessageEntity } from '../breakouts/entities/breakout-message.entity';
import { BreakoutNoteUpdateEntity } from '../breakouts/entities/breakout-note-update.entity';
import { BreakoutRoomEntity } from '../breakouts/entities/breakout-room.entity';
import { BreakoutSetEntity } from '../breakouts/entities/breakout-set.entity';
import { AnnouncementEntity } from '../announcements/entities/announcement.entity';
import { AdmissionEntity } from '../checkin/entities/admission.entity';
import { CheckInEntity } from '../checkin/entities/check-in.entity';
import { EventEntity } from '../events/entities/event.entity';
import { SessionPersonEntity } from '../events/entities/session-person.entity';
import { SessionEntity } from '../events/entities/session.entity';
import { BadgeEntity } from '../identity/entities/badge.entity';
import { ChatMessageEntity } from '../chat/entities/chat-message.entity';
import { PresenceIntervalEntity } from '../attendance/entities/presence-interval.entity';
import { StageInvitationEntity } from '../media/entities/stage-invitation.entity';
import { ChatMuteEntity } from '../chat/entities/chat-mute.entity';
import { PollResponseEntity } from '../polls/entities/poll-response.entity';
import { PollEntity } from '../polls/entities/poll.entity';
import { QnaSettingsEntity } from '../qna/entities/qna-settings.entity';
import { QuestionVoteEntity } from '../qna/entities/question-vote.entity';
import { QuestionEntity } from '../qna/entities/question.entity';
import { RaisedHandEntity } from '../hands/entities/raised-hand.entity';
import { EventRoleEntity } from '../identity/entities/event-role.entity';
import { InvitationEntity } from '../identity/entities/invitation.entity';
import { PersonEntity } from '../identity/entities/person.entity';

export const ENTITIES = [
  EventEntity,
  PersonEntity,
  EventRoleEntity,
  InvitationEntity,
  SessionEntity,
  SessionPersonEntity,
  AnnouncementEntity,
  BadgeEntity,
  CheckInEntity,
  AdmissionEntity,
  QuestionEntity,
  QuestionVoteEntity,
  RaisedHandEntity,
  QnaSettingsEntity,
  PollEntity,
  PollResponseEntity,
  ChatMessageEntity,
  ChatMuteEntity,
  StageInvitationEntity,
  PresenceIntervalEntity,
  BreakoutSetEntity,
  BreakoutRoomEntity,
  BreakoutAssignmentEntity,
  BreakoutMessageEntity,
  BreakoutNoteUpdateEntity,
  PlanTemplateEntity,
  ActionPlanEntity,
  PlanSectionEntity,
  PlanEditEntity,
  PlanConflictEntity,
  PlanCommentEntity,
  PlanStepEntity,
  ShownPlanEntity,
  AttendanceCorrectionEntity,
  AttendanceRuleEntity,
  CalendarFeedEntity,
  EvaluationFormEntity,
  EvaluationAnswerEntity,
  EvaluationReceiptEntity,
  CertificateEntity,
];
