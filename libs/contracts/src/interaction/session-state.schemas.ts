import { z } from 'zod';
import { idSchema, isoInstantSchema } from '../common/ids';
import { attendanceModeSchema } from '../identity/identity.schemas';
import { chatMessageSchema } from './chat.schemas';
import { pollAnswerSchema, pollResultsSchema, pollSchema } from './polls.schemas';
import { qaSettingsSchema, questionSchema } from './qa.schemas';

export const raiseHandSchema = z.object({ sessionId: idSchema, raised: z.boolean() });
export type RaiseHand = z.infer<typeof raiseHandSchema>;

/** Staff lowering someone's hand (after giving them the floor, or by mistake). */
export const lowerHandSchema = z.object({ sessionId: idSchema, personId: idSchema });
export type LowerHand = z.infer<typeof lowerHandSchema>;

export const raisedHandSchema = z.object({
  personId: idSchema,
  name: z.string(),
  raisedAt: isoInstantSchema,
});
export type RaisedHand = z.infer<typeof raisedHandSchema>;

/** The hand queue, oldest first: to staff. */
export const handQueueSchema = z.object({
  sessionId: idSchema,
  hands: z.array(raisedHandSchema),
});
export type HandQueue = z.infer<typeof handQueueSchema>;

/** One person's own hand, to all their devices. */
export const myHandSchema = z.object({
  sessionId: idSchema,
  raisedAt: isoInstantSchema.nullable(),
});
export type MyHand = z.infer<typeof myHandSchema>;

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
  settings: qaSettingsSchema,
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
