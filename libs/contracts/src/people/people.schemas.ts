import { z } from 'zod';
import { fieldIssueSchema } from '../common/errors';
import { idSchema, isoInstantSchema } from '../common/ids';
import {
  attendanceModeSchema,
  localeSchema,
  personCategorySchema,
  personSchema,
  roleSchema,
} from '../identity/identity.schemas';
import { countryCodeSchema, timeZoneSchema } from './countries';

const personFields = {
  name: z.string().trim().min(1, 'A name is required').max(200, 'At most 200 characters'),
  email: z
    .email('Not a valid e-mail address')
    .max(320)
    .transform((email) => email.toLowerCase()),
  country: countryCodeSchema,
  organisation: z.string().trim().max(200, 'At most 200 characters'),
  category: personCategorySchema,
  attendanceMode: attendanceModeSchema,
  locale: localeSchema,
  timezone: timeZoneSchema,
};

export const personInputSchema = z.object(personFields);
export type PersonInput = z.infer<typeof personInputSchema>;

export const createPersonBodySchema = z.object({
  id: idSchema,
  ...personFields,
  roles: z.array(roleSchema).min(1, 'Give the person at least one role'),
});
export type CreatePersonBody = z.infer<typeof createPersonBodySchema>;

export const updatePersonBodySchema = z.object(personFields).partial();
export type UpdatePersonBody = z.infer<typeof updatePersonBodySchema>;

export const setRolesBodySchema = z.object({
  roles: z.array(roleSchema).min(1, 'Give the person at least one role'),
});
export type SetRolesBody = z.infer<typeof setRolesBodySchema>;

export const invitationStatusSchema = z.enum(['active', 'revoked', 'none']);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

/** A person as the organisers see them in one event. */
export const eventPersonSchema = personSchema.extend({
  email: z.string().nullable(),
  locale: localeSchema,
  roles: z.array(roleSchema),
  invitation: invitationStatusSchema,
  invitationLastUsedAt: isoInstantSchema.nullable(),
  badgeCode: z.string().nullable(),
});
export type EventPerson = z.infer<typeof eventPersonSchema>;

export const eventPeopleResponseSchema = z.object({ people: z.array(eventPersonSchema) });
export type EventPeopleResponse = z.infer<typeof eventPeopleResponseSchema>;

export const IMPORT_MAX_CSV_LENGTH = 2_000_000;

export const importPeopleBodySchema = z.object({
  csv: z
    .string()
    .min(1, 'The file is empty')
    .max(IMPORT_MAX_CSV_LENGTH, 'The file is too large (at most 2 MB)'),
});
export type ImportPeopleBody = z.infer<typeof importPeopleBodySchema>;

export const importRowStatusSchema = z.enum(['new', 'updated', 'unchanged', 'error']);
export type ImportRowStatus = z.infer<typeof importRowStatusSchema>;

export const importRowSchema = z.object({
  /** 1-based line in the file, the header being line 1. */
  line: z.number().int(),
  status: importRowStatusSchema,
  name: z.string(),
  email: z.string(),
  errors: z.array(fieldIssueSchema),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importReportSchema = z.object({
  /** False for a preview: nothing was written. */
  applied: z.boolean(),
  rows: z.array(importRowSchema),
  counts: z.record(importRowStatusSchema, z.number().int()),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const invitationLinkSchema = z.object({
  personId: idSchema,
  /** `/join?token=…`, relative to the web app's origin. */
  path: z.string(),
  issuedAt: isoInstantSchema,
});
export type InvitationLink = z.infer<typeof invitationLinkSchema>;

export const badgeSchema = z.object({
  personId: idSchema,
  name: z.string(),
  country: z.string(),
  organisation: z.string(),
  category: personCategorySchema,
  attendanceMode: attendanceModeSchema,
  roles: z.array(roleSchema),
  /** Opaque: carries no personal data, only what check-in looks up. */
  code: z.string(),
});
export type Badge = z.infer<typeof badgeSchema>;

export const badgesResponseSchema = z.object({ badges: z.array(badgeSchema) });
export type BadgesResponse = z.infer<typeof badgesResponseSchema>;

export const updateProfileBodySchema = z
  .object({
    country: countryCodeSchema,
    organisation: personFields.organisation,
    locale: localeSchema,
    timezone: timeZoneSchema,
  })
  .partial();
export type UpdateProfileBody = z.infer<typeof updateProfileBodySchema>;

export const accessRevokedSchema = z.object({ reason: z.literal('invitation_revoked') });
export type AccessRevoked = z.infer<typeof accessRevokedSchema>;
