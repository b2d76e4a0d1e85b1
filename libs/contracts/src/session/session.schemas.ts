import { z } from 'zod';
import { idSchema } from '../common/ids';
import { attendanceModeSchema } from '../identity/identity.schemas';
import { chatMessageSchema } from '../chat/chat.schemas';
import { pollAnswerSchema, pollResultsSchema, pollSchema } from '../polls/polls.schemas';
import { qnaSettingsSchema, questionSchema } from '../qna/qna.schemas';
import { myHandSchema, raisedHandSchema } from '../hands/hands.schemas';

export const joinSessionSchema = z.object({
  sessionId: idSchema,
  /** How the person follows it: from home, or in the hall on their phone (no audio/video). */
  mode: attendanceModeSchema.optional(),
});
export type JoinSession = z.infer<typeof joinSessionSchema>;

export const joinedSessionSchema = z.object({
  sessionId: idSchema,
  staff: z.boolean(),
});
export type JoinedSession = z.infer<typeof joinedSessionSchema>;

/** How someone follows the session: from home, or in the hall on their phone. */
export const presenceModeSchema = attendanceModeSchema;

export const presenceCountsSchema = z.object({
  sessionId: idSchema,
  remote: z.number().int(),
  inPerson: z.number().int(),
  /** Who is there, by name, for staff. */
  people: z.array(z.object({ id: idSchema, name: z.string(), mode: presenceModeSchema })),
});
export type PresenceCounts = z.infer<typeof presenceCountsSchema>;

/**
 * Everything a participant needs to pick a session up where it stands, after a join, a dropped
 * connection or a reload: it is read afresh rather than replayed.
 */
export const sessionStateSchema = z.object({
  sessionId: idSchema,
  staff: z.boolean(),
  settings: qnaSettingsSchema,
  /** Approved, live and answered questions, plus the viewer's own; staff get every question. */
  questions: z.array(questionSchema),
  myQuestionIds: z.array(idSchema),
  myVotes: z.array(idSchema),
  myHand: myHandSchema,
  /** Staff only; empty for others. */
  hands: z.array(raisedHandSchema),
  presence: presenceCountsSchema.nullable(),
  /** Open and closed polls; staff also get drafts. */
  polls: z.array(pollSchema),
  myAnswers: z.array(pollAnswerSchema),
  /** The results this viewer may see now. */
  results: z.array(pollResultsSchema),
  /** The latest messages, oldest first. */
  chat: z.array(chatMessageSchema),
  /** Whether this viewer may not chat in the session. */
  muted: z.boolean(),
  /** Staff only: who is muted. */
  mutedPeople: z.array(z.object({ id: idSchema, name: z.string() })),
});
export type SessionState = z.infer<typeof sessionStateSchema>;
