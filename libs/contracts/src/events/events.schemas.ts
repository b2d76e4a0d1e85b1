import { z } from 'zod';
import { idSchema, isoDateSchema, isoInstantSchema } from '../common/ids';

export const SESSION_KINDS = [
  'plenary',
  'presentation',
  'panel',
  'workshop',
  'breakout_block',
  'break',
] as const;
export const sessionKindSchema = z.enum(SESSION_KINDS);
export type SessionKind = z.infer<typeof sessionKindSchema>;

export const eventSummarySchema = z.object({
  id: idSchema,
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  timezone: z.string(),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  venue: z.string(),
});
export type EventSummary = z.infer<typeof eventSummarySchema>;

export const sessionPersonSchema = z.object({
  id: idSchema,
  name: z.string(),
  country: z.string().length(2),
});
export type SessionPerson = z.infer<typeof sessionPersonSchema>;

export const agendaSessionSchema = z.object({
  id: idSchema,
  title: z.string(),
  description: z.string(),
  kind: sessionKindSchema,
  startsAt: isoInstantSchema,
  endsAt: isoInstantSchema,
  room: z.string().nullable(),
  streamed: z.boolean(),
  speakers: z.array(sessionPersonSchema),
  moderators: z.array(sessionPersonSchema),
});
export type AgendaSession = z.infer<typeof agendaSessionSchema>;

export const eventAgendaSchema = z.object({
  event: eventSummarySchema,
  sessions: z.array(agendaSessionSchema),
});
export type EventAgenda = z.infer<typeof eventAgendaSchema>;

export const eventListResponseSchema = z.object({
  events: z.array(eventSummarySchema),
});
export type EventListResponse = z.infer<typeof eventListResponseSchema>;
