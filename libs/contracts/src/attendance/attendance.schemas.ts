import { z } from 'zod';
import { idSchema, isoInstantSchema } from '../common/ids';
import { personCategorySchema } from '../identity/identity.schemas';

/**
 * The attendance ledger as people read it. Minutes are whole minutes of presence merged across
 * remote intervals and door passages; percentages are of the counted sessions' time (breaks are
 * not counted).
 */

/** A dropped connection back within this long is a reconnect, not a departure. */
export const ATTENDANCE_GRACE_MS = 2 * 60_000;
/** The certificate rule until an event sets its own: at least this share of the sessions' time. */
export const DEFAULT_CERTIFICATE_PERCENT = 80;

export const ledgerModeSchema = z.enum(['in_person', 'remote', 'both']);
export type LedgerModeWire = z.infer<typeof ledgerModeSchema>;

export const sessionAttendanceSchema = z.object({
  sessionId: idSchema,
  minutes: z.number().int(),
  percent: z.number(),
  mode: ledgerModeSchema.nullable(),
});
export type SessionAttendanceWire = z.infer<typeof sessionAttendanceSchema>;

export const attendanceTotalsSchema = z.object({
  minutes: z.number().int(),
  ofMinutes: z.number().int(),
  percent: z.number(),
  mode: ledgerModeSchema.nullable(),
});
export type AttendanceTotals = z.infer<typeof attendanceTotalsSchema>;

export const dayAttendanceSchema = attendanceTotalsSchema.extend({ day: z.string() });
export type DayAttendance = z.infer<typeof dayAttendanceSchema>;

export const personAttendanceReportSchema = z.object({
  personId: idSchema,
  name: z.string(),
  country: z.string(),
  category: personCategorySchema,
  total: attendanceTotalsSchema,
  days: z.array(dayAttendanceSchema),
  sessions: z.array(sessionAttendanceSchema),
  certificatePercent: z.number(),
  eligible: z.boolean(),
  /**
   * The certificate's code, to check it, and when it was first given (the date it bears); null
   * while the person does not qualify.
   */
  certificate: z.object({ code: z.string(), issuedAt: isoInstantSchema }).nullable(),
  /** Sessions whose figure an organiser corrected (see the corrections' history). */
  correctedSessionIds: z.array(idSchema),
});
export type PersonAttendanceReport = z.infer<typeof personAttendanceReportSchema>;

/** What the public page tells whoever checks a certificate's code. */
export const certificateCheckSchema = z.object({
  code: z.string(),
  name: z.string(),
  country: z.string(),
  programme: z.object({
    title: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    venue: z.string(),
  }),
  issuedAt: z.string(),
  /** Whether the attendance still earns it now (corrections can take it back). */
  valid: z.boolean(),
});
export type CertificateCheck = z.infer<typeof certificateCheckSchema>;

export const eventAttendanceReportSchema = z.object({
  eventId: idSchema,
  certificatePercent: z.number(),
  people: z.array(personAttendanceReportSchema),
});
export type EventAttendanceReport = z.infer<typeof eventAttendanceReportSchema>;

/** Who follows the event's sessions at this moment, by how they said they follow. */
export const attendanceNowSchema = z.object({
  eventId: idSchema,
  followingRemotely: z.number().int(),
  followingInHall: z.number().int(),
});
export type AttendanceNow = z.infer<typeof attendanceNowSchema>;

export const watchAttendanceSchema = z.object({ eventId: idSchema });
export type WatchAttendance = z.infer<typeof watchAttendanceSchema>;

/** An event's certificate rule: at least this share of the counted sessions' time. */
export const attendanceRuleSchema = z.object({
  certificatePercent: z
    .number()
    .int('A whole percentage')
    .min(1, 'At least 1%')
    .max(100, 'At most 100%'),
});
export type AttendanceRule = z.infer<typeof attendanceRuleSchema>;

export const CORRECTION_REASON_MAX = 500;

const reasonSchema = z
  .string()
  .trim()
  .min(3, 'Say why: the correction is kept with its reason')
  .max(CORRECTION_REASON_MAX, `At most ${CORRECTION_REASON_MAX} characters`);

/**
 * An organiser's correction of one person's record for one session. It replaces what the
 * records (connections and door scans) say for that session; the records themselves stay, and so
 * does every correction, with who made it, when and why.
 */
export const createCorrectionBodySchema = z
  .object({
    /** The client's id: a resend creates nothing new. */
    id: idSchema,
    personId: idSchema,
    sessionId: idSchema,
    kind: z.enum(['present', 'absent']),
    /** For 'present': how they took part. */
    mode: z.enum(['in_person', 'remote']).nullable(),
    /** For 'present': from when to when; null for the whole session. */
    from: isoInstantSchema.nullable(),
    to: isoInstantSchema.nullable(),
    reason: reasonSchema,
  })
  .refine((body) => body.kind === 'absent' || body.mode !== null, {
    message: 'Say whether they were in the hall or remote',
    path: ['mode'],
  })
  .refine((body) => body.from === null || body.to === null || body.from < body.to, {
    message: 'The end comes after the start',
    path: ['to'],
  });
export type CreateCorrectionBody = z.infer<typeof createCorrectionBodySchema>;

export const withdrawCorrectionBodySchema = z.object({ reason: reasonSchema });
export type WithdrawCorrectionBody = z.infer<typeof withdrawCorrectionBodySchema>;

export const correctionsQuerySchema = z.object({
  personId: idSchema.optional(),
  sessionId: idSchema.optional(),
});
export type CorrectionsQuery = z.infer<typeof correctionsQuerySchema>;

const whoWhen = z.object({ id: idSchema, name: z.string(), at: isoInstantSchema });

export const attendanceCorrectionSchema = z.object({
  id: idSchema,
  personId: idSchema,
  sessionId: idSchema,
  kind: z.enum(['present', 'absent']),
  mode: z.enum(['in_person', 'remote']).nullable(),
  from: isoInstantSchema.nullable(),
  to: isoInstantSchema.nullable(),
  reason: z.string(),
  made: whoWhen,
  withdrawn: whoWhen.extend({ reason: z.string() }).nullable(),
  /** Whether it decides the figure now: the latest correction not withdrawn, per session. */
  inForce: z.boolean(),
});
export type AttendanceCorrection = z.infer<typeof attendanceCorrectionSchema>;

export const attendanceCorrectionsSchema = z.object({
  corrections: z.array(attendanceCorrectionSchema),
});
export type AttendanceCorrections = z.infer<typeof attendanceCorrectionsSchema>;
