import { z } from 'zod';
import { idSchema } from '../common/ids';

export const ROLES = ['organiser', 'moderator', 'facilitator', 'speaker', 'participant'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Roles that run an event; they may use staff-only live events. */
export const STAFF_ROLES: readonly Role[] = ['organiser', 'moderator', 'facilitator'];

export const attendanceModeSchema = z.enum(['in_person', 'remote'], {
  message: 'Use in-person or remote',
});
export type AttendanceMode = z.infer<typeof attendanceModeSchema>;

export const personCategorySchema = z.enum(['official', 'business_owner', 'speaker', 'staff'], {
  message: 'Use government official, business owner, speaker or staff',
});
export type PersonCategory = z.infer<typeof personCategorySchema>;

export const localeSchema = z.enum(['en', 'id'], {
  message: 'Use English (en) or Indonesian (id)',
});
export type Locale = z.infer<typeof localeSchema>;

export const eventRoleSchema = z.object({
  eventId: idSchema,
  role: roleSchema,
});
export type EventRole = z.infer<typeof eventRoleSchema>;

export const personSchema = z.object({
  id: idSchema,
  name: z.string(),
  country: z.string().length(2),
  organisation: z.string(),
  category: personCategorySchema,
  attendanceMode: attendanceModeSchema,
  timezone: z.string(),
});
export type Person = z.infer<typeof personSchema>;

export const meSchema = personSchema.extend({
  locale: localeSchema,
  roles: z.array(eventRoleSchema),
});
export type Me = z.infer<typeof meSchema>;

export const redeemInvitationBodySchema = z.object({
  token: z.string().min(1, 'An invitation token is required').max(2048),
});
export type RedeemInvitationBody = z.infer<typeof redeemInvitationBodySchema>;

export const sessionTokenResponseSchema = z.object({
  token: z.string(),
  me: meSchema,
});
export type SessionTokenResponse = z.infer<typeof sessionTokenResponseSchema>;

/** Demo mode only: the seeded people a newcomer may sign in as. */
export const demoPersonSchema = personSchema.extend({
  roles: z.array(roleSchema),
  invitationToken: z.string(),
});
export type DemoPerson = z.infer<typeof demoPersonSchema>;

export const demoPeopleResponseSchema = z.object({
  eventId: idSchema,
  people: z.array(demoPersonSchema),
});
export type DemoPeopleResponse = z.infer<typeof demoPeopleResponseSchema>;

export const metaResponseSchema = z.object({
  demoMode: z.boolean(),
  version: z.string(),
  /** Set when media signalling has a socket of its own, routed by session (several API nodes). */
  mediaSocketPath: z.string().nullable(),
});
export type MetaResponse = z.infer<typeof metaResponseSchema>;
