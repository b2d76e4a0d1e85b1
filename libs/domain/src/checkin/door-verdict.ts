import {
  type CheckInDirection,
  type CheckInRoster,
  checkInScope,
  type CheckInStatus,
} from '@hadir/contracts';
import { dateInZone, datesOf } from '../agenda/calendar-dates';

export type RosterEntry = CheckInRoster['people'][number];

/** A scan this device made that the roster it downloaded cannot know about. */
export interface DeviceScan {
  checkInId: string;
  personId: string;
  day: string;
  /** As `checkInScope` gives it. */
  scope: string;
  /** Only scans that changed something count: admitted (in) and checked out (out). */
  direction: CheckInDirection;
  scannedAt: string;
  deviceId: string;
}

export interface DoorQuery {
  badgeCode?: string;
  personId?: string;
  /** The device's clock when the badge was scanned. */
  scannedAt: string;
  sessionId?: string;
  venueRoom?: string;
  direction?: CheckInDirection;
}

export interface DoorVerdict {
  status: CheckInStatus;
  person: RosterEntry | null;
  day: string;
  /** For a duplicate, the admission that came first as far as this device knows. */
  first: { checkInId: string | null; scannedAt: string; deviceId: string | null } | null;
  /** Admitted again after checking out earlier that day. */
  reentry: boolean;
}

/**
 * What the door answers without the server: the same rules the API applies, read from the roster
 * the scanner downloaded and from what this device admitted since. The server has the last word
 * when the scan is uploaded; this answer is what lets the queue keep moving meanwhile.
 */
export function doorVerdict(
  roster: CheckInRoster,
  query: DoorQuery,
  deviceScans: readonly DeviceScan[],
): DoorVerdict {
  const day = dateInZone(new Date(query.scannedAt), roster.timezone);
  const answer = (
    status: CheckInStatus,
    person: RosterEntry | null,
    first: DoorVerdict['first'] = null,
    reentry = false,
  ): DoorVerdict => ({ status, person, day, first, reentry });

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

  const stay = stayOf(roster, person, day, checkInScope(query), deviceScans);
  if (query.direction === 'out') {
    return stay.inside
      ? answer('checked_out', person, stay.first)
      : answer('not_checked_in', person);
  }
  if (stay.inside) return answer('duplicate', person, stay.first);
  return answer('admitted', person, stay.first, stay.first !== null);
}

/**
 * Whether the person is in now, replaying what the roster knew at download and then this
 * device's own scans in time order; `first` is the day's first admission in this scope.
 */
function stayOf(
  roster: CheckInRoster,
  person: RosterEntry,
  day: string,
  scope: string,
  deviceScans: readonly DeviceScan[],
): { inside: boolean; first: DoorVerdict['first'] } {
  let inside = false;
  let first: DoorVerdict['first'] = null;
  // The roster knows the building's admissions of its own day, not the sessions' or rooms'.
  if (scope === '' && roster.day === day && person.admittedAt !== null) {
    first = { checkInId: null, scannedAt: person.admittedAt, deviceId: null };
    inside = person.checkedOutAt === null;
  }
  const own = deviceScans
    .filter((scan) => scan.personId === person.id && scan.day === day && scan.scope === scope)
    .sort((a, b) => a.scannedAt.localeCompare(b.scannedAt));
  for (const scan of own) {
    inside = scan.direction === 'in';
    if (inside && first === null) {
      first = { checkInId: scan.checkInId, scannedAt: scan.scannedAt, deviceId: scan.deviceId };
    }
  }
  return { inside, first };
}
