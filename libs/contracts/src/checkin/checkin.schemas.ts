import { z } from 'zod';
import { idSchema, isoDateSchema, isoInstantSchema } from '../common/ids';
import { attendanceModeSchema, personCategorySchema } from '../identity/identity.schemas';

export const checkInMethodSchema = z.enum(['scan', 'search', 'kiosk']);
export type CheckInMethod = z.infer<typeof checkInMethodSchema>;

export const checkInDirectionSchema = z.enum(['in', 'out']);
export type CheckInDirection = z.infer<typeof checkInDirectionSchema>;

export const VENUE_ROOM_SCOPE_PREFIX = 'room:';

/** An admission's scope: '' for the building on that day, else a session or a venue room. */
export function checkInScope(scan: { sessionId?: string | null; venueRoom?: string | null }) {
  if (scan.sessionId) return scan.sessionId;
  if (scan.venueRoom) return `${VENUE_ROOM_SCOPE_PREFIX}${scan.venueRoom}`;
  return '';
}

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
    /** Check in to one session instead of the building for the day. */
    sessionId: idSchema.optional(),
    /** Check in to one venue room (a hall, a breakout space) instead of the building. */
    venueRoom: z.string().trim().min(1).max(100).optional(),
    /** 'out' records someone leaving; absent means 'in'. */
    direction: checkInDirectionSchema.optional(),
  })
  .refine((scan) => (scan.badgeCode === undefined) !== (scan.personId === undefined), {
    message: 'Send either the badge code or the person found by search',
    path: ['badgeCode'],
  })
  .refine((scan) => scan.sessionId === undefined || scan.venueRoom === undefined, {
    message: 'Check in to a session or to a venue room, not both',
    path: ['venueRoom'],
  });
export type CheckInScan = z.infer<typeof checkInScanSchema>;

export const checkInStatusSchema = z.enum([
  'admitted',
  'duplicate',
  'not_registered',
  'not_expected_today',
  'revoked',
  /** A check-out of someone who was in. */
  'checked_out',
  /** A check-out of someone with no check-in to end. */
  'not_checked_in',
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
  venueRoom: z.string().nullable(),
  direction: checkInDirectionSchema,
  /** Admitted again after checking out earlier the same day. */
  reentry: z.boolean(),
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
  /** Of those, checked out and not back since. */
  checkedOut: z.number().int(),
  /** Expected people not yet admitted. */
  remaining: z.number().int(),
  byCountry: countsGroupSchema,
  byCategory: countsGroupSchema,
  byMode: countsGroupSchema,
  bySession: z.record(z.string(), z.number().int()),
  /** Admitted to each venue room, by the room's name. */
  byVenueRoom: z.record(z.string(), z.number().int()),
});
export type CheckInCounts = z.infer<typeof checkInCountsSchema>;

export const watchCountsSchema = z.object({ eventId: idSchema });

/** Another day than today, for its counts or its history. */
export const checkInDayQuerySchema = z.object({ day: isoDateSchema.optional() });

export const CHECK_IN_HISTORY_MAX = 1000;

/** One scan as the organisers review it: what it was told, who made it, and what became of it. */
export const checkInHistoryEntrySchema = checkInResultSchema.extend({
  method: checkInMethodSchema,
  recordedBy: z.string(),
  receivedAt: isoInstantSchema,
  undone: z.object({ at: isoInstantSchema, by: z.string(), reason: z.string() }).nullable(),
  overturnedAt: isoInstantSchema.nullable(),
});
export type CheckInHistoryEntry = z.infer<typeof checkInHistoryEntrySchema>;

export const checkInHistorySchema = z.object({
  day: isoDateSchema,
  /** Newest first, at most `CHECK_IN_HISTORY_MAX`. */
  entries: z.array(checkInHistoryEntrySchema),
  truncated: z.boolean(),
});
export type CheckInHistory = z.infer<typeof checkInHistorySchema>;
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
      /** Checked out of the building and not back since. */
      checkedOutAt: isoInstantSchema.nullable(),
    }),
  ),
});
export type CheckInRoster = z.infer<typeof checkInRosterSchema>;
