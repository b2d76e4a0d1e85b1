import { z } from 'zod';
import { idSchema, isoDateSchema, isoInstantSchema } from '../common/ids';
import { attendanceModeSchema, personCategorySchema } from '../identity/identity.schemas';

export const checkInMethodSchema = z.enum(['scan', 'search', 'kiosk']);
export type CheckInMethod = z.infer<typeof checkInMethodSchema>;

/**
 * One scan at the door. The id is the device's, made when the badge was scanned, so that an
 * upload repeated after a lost answer or a reconnect is recognised; `scannedAt` is the device's
 * clock, which decides who was first when devices were offline.
 */
export const checkInScanSchema = z
  .object({
    id: idSchema,
    eventId: idSchema,
    method: checkInMethodSchema,
    badgeCode: z.string().trim().toUpperCase().min(1).max(64).optional(),
    personId: idSchema.optional(),
    deviceId: z.string().trim().min(1).max(64),
    scannedAt: isoInstantSchema,
    /** Check in to one session instead of the day. */
    sessionId: idSchema.optional(),
  })
  .refine((scan) => (scan.badgeCode === undefined) !== (scan.personId === undefined), {
    message: 'Send either the badge code or the person found by search',
    path: ['badgeCode'],
  });
export type CheckInScan = z.infer<typeof checkInScanSchema>;

export const checkInStatusSchema = z.enum([
  'admitted',
  'duplicate',
  'not_registered',
  'not_expected_today',
  'revoked',
]);
export type CheckInStatus = z.infer<typeof checkInStatusSchema>;

export const checkInPersonSchema = z.object({
  id: idSchema,
  name: z.string(),
  country: z.string(),
  organisation: z.string(),
  category: personCategorySchema,
  attendanceMode: attendanceModeSchema,
});
export type CheckInPerson = z.infer<typeof checkInPersonSchema>;

export const checkInResultSchema = z.object({
  id: idSchema,
  status: checkInStatusSchema,
  person: checkInPersonSchema.nullable(),
  /** The programme day (event time zone) the scan counts for. */
  day: isoDateSchema,
  sessionId: idSchema.nullable(),
  /** A person registered as remote who came to the hall: admitted, and noted. */
  arrivedDespiteRemote: z.boolean(),
  /** For a duplicate: the scan that admitted the person. */
  firstCheckIn: z
    .object({ id: idSchema, scannedAt: isoInstantSchema, deviceId: z.string() })
    .nullable(),
  scannedAt: isoInstantSchema,
  deviceId: z.string(),
});
export type CheckInResult = z.infer<typeof checkInResultSchema>;

export const CHECK_IN_SYNC_MAX = 500;

/** What an offline device uploads when the network returns. */
export const checkInSyncBodySchema = z.object({
  scans: z.array(checkInScanSchema).min(1).max(CHECK_IN_SYNC_MAX),
});
export type CheckInSyncBody = z.infer<typeof checkInSyncBodySchema>;

export const checkInSyncResponseSchema = z.object({
  results: z.array(checkInResultSchema),
  /**
   * Scans this device admitted earlier that an earlier scan elsewhere has since beaten: the
   * device should show them as duplicates.
   */
  overturned: z.array(checkInResultSchema),
});
export type CheckInSyncResponse = z.infer<typeof checkInSyncResponseSchema>;

export const undoCheckInSchema = z.object({
  eventId: idSchema,
  checkInId: idSchema,
  reason: z.string().trim().min(3, 'Say why (at least 3 characters)').max(500),
});
export type UndoCheckIn = z.infer<typeof undoCheckInSchema>;

export const countsGroupSchema = z.record(
  z.string(),
  z.object({ expected: z.number().int(), checkedIn: z.number().int() }),
);

export const checkInCountsSchema = z.object({
  eventId: idSchema,
  day: isoDateSchema,
  /** People registered to attend in the hall. */
  expected: z.number().int(),
  /** Admitted today, whatever their registration said. */
  checkedIn: z.number().int(),
  /** Expected people not yet admitted. */
  remaining: z.number().int(),
  byCountry: countsGroupSchema,
  byCategory: countsGroupSchema,
  byMode: countsGroupSchema,
  bySession: z.record(z.string(), z.number().int()),
});
export type CheckInCounts = z.infer<typeof checkInCountsSchema>;

export const watchCountsSchema = z.object({ eventId: idSchema });
export type WatchCounts = z.infer<typeof watchCountsSchema>;

/** What a scanner keeps on the device to go on working offline. */
export const checkInRosterSchema = z.object({
  eventId: idSchema,
  day: isoDateSchema,
  /** The event's zone and dates, so an offline device can tell which programme day a scan is. */
  timezone: z.string(),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  people: z.array(
    checkInPersonSchema.extend({
      badgeCode: z.string().nullable(),
      badgeRevoked: z.array(z.string()),
      admittedAt: isoInstantSchema.nullable(),
    }),
  ),
});
export type CheckInRoster = z.infer<typeof checkInRosterSchema>;
