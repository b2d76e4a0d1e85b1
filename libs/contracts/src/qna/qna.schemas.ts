import { z } from 'zod';
import { idSchema, isoInstantSchema } from '../common/ids';

export const QUESTION_MAX_LENGTH = 500;
export const REPLY_MAX_LENGTH = 1000;
/** How many questions one person may ask in one session per minute. */
export const QUESTIONS_PER_MINUTE = 3;

/**
 * pending (waiting for a moderator) → approved (visible to all) → live (being answered, at most
 * one per session) → answered; or dismissed by staff, or withdrawn by the author before approval.
 * Without moderation a question starts approved.
 */
export const questionStatusSchema = z.enum([
  'pending',
  'approved',
  'live',
  'answered',
  'dismissed',
  'withdrawn',
]);
export type QuestionStatus = z.infer<typeof questionStatusSchema>;

const questionText = z
  .string()
  .trim()
  .min(1, 'Write your question')
  .max(QUESTION_MAX_LENGTH, `At most ${QUESTION_MAX_LENGTH} characters`);

export const askQuestionSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  text: questionText,
  /** Hidden from other participants; staff see the name when the session allows it. */
  anonymous: z.boolean(),
});
export type AskQuestion = z.infer<typeof askQuestionSchema>;

export const questionRefSchema = z.object({ sessionId: idSchema, questionId: idSchema });
export type QuestionRef = z.infer<typeof questionRefSchema>;

export const editQuestionSchema = questionRefSchema.extend({ text: questionText });
export type EditQuestion = z.infer<typeof editQuestionSchema>;

export const voteQuestionSchema = questionRefSchema.extend({
  /** The client's id for this vote, so that a resend is recognised. */
  id: idSchema,
  /** The state the voter wants: a resend of the same wish changes nothing. */
  up: z.boolean(),
});
export type VoteQuestion = z.infer<typeof voteQuestionSchema>;

export const moderationActionSchema = z.enum([
  'approve',
  'dismiss',
  'live',
  'answered',
  'pin',
  'unpin',
]);
export type ModerationAction = z.infer<typeof moderationActionSchema>;

export const moderateQuestionSchema = questionRefSchema.extend({ action: moderationActionSchema });
export type ModerateQuestion = z.infer<typeof moderateQuestionSchema>;

export const replyQuestionSchema = questionRefSchema.extend({
  text: z
    .string()
    .trim()
    .min(1, 'Write a reply')
    .max(REPLY_MAX_LENGTH, `At most ${REPLY_MAX_LENGTH} characters`),
});
export type ReplyQuestion = z.infer<typeof replyQuestionSchema>;

export const qnaSettingsSchema = z.object({
  /** Questions wait for a moderator before anyone else sees them. */
  moderated: z.boolean(),
  /** Staff see who asked an anonymous question. */
  revealAnonymousToStaff: z.boolean(),
});
export type QnaSettings = z.infer<typeof qnaSettingsSchema>;

export const updateQnaSettingsSchema = qnaSettingsSchema.extend({ sessionId: idSchema });
export type UpdateQnaSettings = z.infer<typeof updateQnaSettingsSchema>;

export const questionSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  text: z.string(),
  anonymous: z.boolean(),
  /** Null for an anonymous question, except to its author and (when allowed) to staff. */
  author: z.object({ id: idSchema, name: z.string() }).nullable(),
  status: questionStatusSchema,
  pinned: z.boolean(),
  votes: z.number().int(),
  reply: z.object({ text: z.string(), by: z.string(), at: isoInstantSchema }).nullable(),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
});
export type Question = z.infer<typeof questionSchema>;

export const voteResultSchema = z.object({
  questionId: idSchema,
  votes: z.number().int(),
  votedByMe: z.boolean(),
});
export type VoteResult = z.infer<typeof voteResultSchema>;

/** Current vote totals of a session's questions, sent at a bounded rate rather than per vote. */
export const voteTotalsSchema = z.object({
  sessionId: idSchema,
  totals: z.record(z.string(), z.number().int()),
});
export type VoteTotals = z.infer<typeof voteTotalsSchema>;
