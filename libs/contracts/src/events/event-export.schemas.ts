import { z } from 'zod';
import { isoDateSchema, isoInstantSchema } from '../common/ids';
import { eventSummarySchema, sessionKindSchema } from './events.schemas';
import { roleSchema } from '../identity/identity.schemas';
import { timeOfDaySchema } from './agenda.schemas';
import { invitationLinkSchema, personInputSchema } from '../people/people.schemas';

export const EVENT_EXPORT_FORMAT = 'hadir.event/1';

/**
 * A whole event as a file: the programme by day number and wall-clock time, so that importing it
 * on other dates keeps every session's place in the week. People are referred to by e-mail.
 */
export const eventExportSchema = z.object({
  format: z.literal(EVENT_EXPORT_FORMAT, {
    message: `Not a Hadir event file (${EVENT_EXPORT_FORMAT})`,
  }),
  exportedAt: isoInstantSchema,
  event: z.object({
    slug: z.string().max(100),
    title: z.string().min(1).max(200),
    description: z.string().max(4000),
    timezone: z.string(),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    venue: z.string().max(200),
  }),
  people: z.array(personInputSchema.extend({ roles: z.array(roleSchema).min(1) })).max(10_000),
  sessions: z
    .array(
      z.object({
        /** 1 for the event's first day. */
        day: z.number().int().min(1).max(366),
        startTime: timeOfDaySchema,
        endTime: timeOfDaySchema,
        title: z.string().min(1).max(200),
        description: z.string().max(4000),
        kind: sessionKindSchema,
        room: z.string().max(100).nullable(),
        streamed: z.boolean(),
        speakerEmails: z.array(z.string()),
        moderatorEmails: z.array(z.string()),
      }),
    )
    .max(5_000),
});
export type EventExport = z.infer<typeof eventExportSchema>;

export const importEventBodySchema = z.object({
  file: eventExportSchema,
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case letters, digits and dashes')
    .max(100),
  title: z.string().trim().min(1, 'Give the new event a title').max(200),
  /** The new first day; the programme keeps its shape from there. */
  startDate: isoDateSchema,
  /** Participants change from one edition to the next; staff and speakers often do not. */
  people: z.enum(['all', 'staff_and_speakers']),
});
export type ImportEventBody = z.infer<typeof importEventBodySchema>;

/**
 * The new event and its organiser's way in: identities belong to one event, so the importer is a
 * new person there, signed in with this link.
 */
export const importedEventSchema = z.object({
  event: eventSummarySchema,
  invitation: invitationLinkSchema,
});
export type ImportedEvent = z.infer<typeof importedEventSchema>;
