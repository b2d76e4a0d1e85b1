import { z } from 'zod';
import { idSchema, isoDateSchema } from '../common/ids';
import { agendaSessionSchema, sessionKindSchema } from './events.schemas';

export const timeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time such as 09:30');

const sessionFields = {
  title: z.string().trim().min(1, 'Give the session a title').max(200, 'At most 200 characters'),
  description: z.string().trim().max(4000, 'At most 4000 characters'),
  kind: sessionKindSchema,
  /** The programme day, in the event's time zone. */
  date: isoDateSchema,
  /** Wall-clock times in the event's time zone. */
  startTime: timeOfDaySchema,
  endTime: timeOfDaySchema,
  /** Venue room; null for a remote-only session. */
  room: z.string().trim().min(1).max(100).nullable(),
  streamed: z.boolean(),
  speakerIds: z.array(idSchema).max(20),
  moderatorIds: z.array(idSchema).max(10),
};

const endsAfterStart = (input: { startTime: string; endTime: string }) =>
  input.endTime > input.startTime;
const endsAfterStartIssue = {
  message: 'The session must end after it starts',
  path: ['endTime'],
};

export const sessionInputSchema = z
  .object(sessionFields)
  .refine(endsAfterStart, endsAfterStartIssue);
export type SessionInput = z.infer<typeof sessionInputSchema>;

/** Creating carries the client's id, so that a double-clicked save creates one session. */
export const createSessionBodySchema = z
  .object({ id: idSchema, ...sessionFields })
  .refine(endsAfterStart, endsAfterStartIssue);
export type CreateSessionBody = z.infer<typeof createSessionBodySchema>;

export const sessionDeletedSchema = z.object({ eventId: idSchema, sessionId: idSchema });
export type SessionDeleted = z.infer<typeof sessionDeletedSchema>;

export const sessionChangedSchema = z.object({
  eventId: idSchema,
  session: agendaSessionSchema,
});
export type SessionChanged = z.infer<typeof sessionChangedSchema>;
