import { type CheckInRoster, type CheckInStatus } from '@hadir/contracts';
import { dateInZone, datesOf } from '../agenda/calendar-dates';

export type RosterEntry = CheckInRoster['people'][number];

/** An admission this device made that the roster it downloaded cannot know about. */
export interface DeviceAdmission {
  checkInId: string;
  personId: string;
  day: string;
  /** The session checked into, or '' for the day. */
  scope: string;
  scannedAt: string;
  deviceId: string;
}

export interface DoorQuery {
  badgeCode?: string;
  personId?: string;
  /** The device's clock when the badge was scanned. */
  scannedAt: string;
  sessionId?: string;
}

export interface DoorVerdict {
  status: CheckInStatus;
  person: RosterEntry | null;
  day: string;
  /** For a duplicate, the admission that came first as far as this device knows. */
  first: { checkInId: string | null; scannedAt: string; deviceId: string | null } | null;
}

/**
 * What the door answers without the server: the same rules the API applies, read from the roster
 * the scanner downloaded and from what this device admitted since. The server has the last word
 * when the scan is uploaded; this answer is what lets the queue keep moving meanwhile.
 */
export function doorVerdict(
  roster: CheckInRoster,
  query: DoorQuery,
  admissions: readonly DeviceAdmission[],
): DoorVerdict {
  const day = dateInZone(new Date(query.scannedAt), roster.timezone);
  const answer = (
    status: CheckInStatus,
    person: RosterEntry | null,
    first: DoorVerdict['first'] = null,
  ): DoorVerdict => ({ status, person, day, first });

  let person: RosterEntry | undefined;
  if (query.badgeCode !== undefined) {
    const code = query.badgeCode.trim().toUpperCase();
    person = roster.people.find((entry) => entry.badgeCode === code);
    if (!person) {
      const holder = roster.people.find((entry) => entry.badgeRevoked.includes(code));
      return answer(holder ? 'revoked' : 'not_registered', holder ?? null);
    }
  } else {
    person = roster.people.find((entry) => entry.id === query.personId);
  }
  if (!person) return answer('not_registered', null);
  if (!datesOf(roster.startDate, roster.endDate).includes(day)) {
    return answer('not_expected_today', person);
  }

  const scope = query.sessionId ?? '';
  const own = admissions.find(
    (admission) =>
      admission.personId === person.id && admission.day === day && admission.scope === scope,
  );
  if (own) {
    return answer('duplicate', person, {
      checkInId: own.checkInId,
      scannedAt: own.scannedAt,
      deviceId: own.deviceId,
    });
  }
  // The roster knows the day's admissions as of its download, not the sessions'.
  if (scope === '' && roster.day === day && person.admittedAt !== null) {
    return answer('duplicate', person, {
      checkInId: null,
      scannedAt: person.admittedAt,
      deviceId: null,
    });
  }
  return answer('admitted', person);
}
