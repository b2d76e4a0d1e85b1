import { z } from 'zod';
import { idSchema } from '../common/ids';
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
});
export type PersonAttendanceReport = z.infer<typeof personAttendanceReportSchema>;

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
