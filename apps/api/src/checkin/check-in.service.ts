import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  checkInScope,
  type CheckInPerson,
  CHECK_IN_HISTORY_MAX,
  type CheckInHistory,
  type CheckInResult,
  type CheckInRoster,
  type CheckInScan,
  type CheckInStatus,
  type CheckInSyncResponse,
  rooms,
  type UndoCheckIn,
} from '@hadir/contracts';
import { dateInZone, datesOf, type DoorPassage } from '@hadir/domain';
import { type EntityManager, In, IsNull, Not, Repository } from 'typeorm';
import { HadirException } from '../common/hadir.exception';
import type { EventEntity } from '../events/entities/event.entity';
import { EventsService } from '../events/events.service';
import { AccessService } from '../identity/access.service';
import type { PersonEntity } from '../identity/entities/person.entity';
import { PeopleDirectory } from '../identity/people-directory.service';
import { LiveEmitter } from '../realtime/live-emitter.service';
import { CheckInCountsService } from './check-in-counts.service';
import { AdmissionEntity } from './entities/admission.entity';
import { CheckInEntity } from './entities/check-in.entity';

/**
 * `live`: a device showing the answer now; the first to reach the server wins. `backlog`: scans
 * an offline device made earlier; the earliest by the device's clock wins.
 */
type Arrival = 'live' | 'backlog';

/** Who may check people in: the door staff and the organisers. */
export const CHECK_IN_ROLES = ['organiser', 'facilitator'] as const;

interface Resolved {
  status: CheckInStatus;
  person: PersonEntity | null;
}

/**
 * Check-in at the door. Three promises: a replayed scan gets its first answer; one badge admits
 * once per day (or session) however many devices scan it at once; and when offline devices
 * upload late, the earliest scan wins, whatever order the uploads arrive in.
 */
const EVENT_CACHE_MS = 5000;
const DOOR_STAFF_CACHE_MS = 5000;

@Injectable()
export class CheckInService {
  private readonly eventCache = new Map<string, { event: EventEntity; until: number }>();
  private readonly doorStaff = new Map<string, number>();

  constructor(
    @InjectRepository(CheckInEntity) private readonly checkIns: Repository<CheckInEntity>,
    private readonly events: EventsService,
    private readonly access: AccessService,
    private readonly directory: PeopleDirectory,
    private readonly counts: CheckInCountsService,
    private readonly live: LiveEmitter,
  ) {}

  async record(actorId: string, scan: CheckInScan): Promise<CheckInResult> {
    await this.requireDoorStaff(actorId, scan.eventId);
    return this.settle(actorId, scan, 'live');
  }

  /**
   * A door scans several people a second and its staff's roles do not change between them, so a
   * confirmed role is trusted for a few seconds: taking someone off the door reaches it at most
   * that late. Revoking their invitation still ends their connection at once.
   */
  private async requireDoorStaff(actorId: string, eventId: string): Promise<void> {
    const key = `${actorId}:${eventId}`;
    if ((this.doorStaff.get(key) ?? 0) > Date.now()) return;
    await this.access.requireRole(actorId, eventId, CHECK_IN_ROLES);
    this.doorStaff.set(key, Date.now() + DOOR_STAFF_CACHE_MS);
  }

  /**
   * An offline device's backlog, oldest first. The answer also lists every admission made on
   * these devices that an earlier scan elsewhere has since taken over, so that they can correct
   * what they showed.
   */
  async sync(actorId: string, eventId: string, scans: CheckInScan[]): Promise<CheckInSyncResponse> {
    await this.access.requireRole(actorId, eventId, CHECK_IN_ROLES);
    if (scans.some((scan) => scan.eventId !== eventId)) {
      throw HadirException.of('checkin.scanOfOtherEvent');
    }
    const ordered = [...scans].sort((a, b) => Date.parse(a.scannedAt) - Date.parse(b.scannedAt));
    const results: CheckInResult[] = [];
    for (const scan of ordered) results.push(await this.settle(actorId, scan, 'backlog'));
    const overturned = await this.checkIns.find({
      where: {
        eventId,
        deviceId: In([...new Set(scans.map((s) => s.deviceId))]),
        overturnedAt: Not(IsNull()),
      },
      relations: { person: true },
      order: { scannedAt: 'ASC' },
    });
    return { results, overturned: await Promise.all(overturned.map((row) => this.resultOf(row))) };
  }

  /** Everyone the door may see today, with their badge codes, for a scanner that goes offline. */
  async roster(actorId: string, eventId: string, at = new Date()): Promise<CheckInRoster> {
    await this.access.requireRole(actorId, eventId, CHECK_IN_ROLES);
    const event = await this.events.find(eventId);
    const day = dateInZone(at, event.timezone);
    const [people, badges, admissions] = await Promise.all([
      this.directory.membersOf(eventId),
      this.directory.badgesOf(eventId),
      this.checkIns.manager.findBy(AdmissionEntity, { eventId, day, scope: '' }),
    ]);
    const admissionOf = new Map(admissions.map((a) => [a.personId, a]));
    return {
      eventId,
      day,
      timezone: event.timezone,
      startDate: event.startDate,
      endDate: event.endDate,
      people: people.map((person) => {
        const own = badges.filter((b) => b.personId === person.id);
        return {
          ...toCheckInPerson(person),
          badgeCode: own.find((b) => !b.revokedAt)?.code ?? null,
          badgeRevoked: own.filter((b) => b.revokedAt).map((b) => b.code),
          admittedAt: admissionOf.get(person.id)?.scannedAt.toISOString() ?? null,
          checkedOutAt: admissionOf.get(person.id)?.checkedOutAt?.toISOString() ?? null,
        };
      }),
    };
  }

  /** The day's scans for the organisers' review; people are named, not just identified. */
  async history(actorId: string, eventId: string, day?: string): Promise<CheckInHistory> {
    await this.access.requireRole(actorId, eventId, CHECK_IN_ROLES);
    const event = await this.event(eventId);
    day ??= dateInZone(new Date(), event.timezone);
    const rows = await this.checkIns.find({
      where: { eventId, day },
      relations: { person: true },
      order: { scannedAt: 'DESC', id: 'ASC' },
      take: CHECK_IN_HISTORY_MAX + 1,
    });
    const shown = rows.slice(0, CHECK_IN_HISTORY_MAX);
    const firstIds = shown.flatMap((row) => (row.firstCheckInId ? [row.firstCheckInId] : []));
    const firsts = new Map(
      (firstIds.length > 0 ? await this.checkIns.findBy({ id: In(firstIds) }) : []).map((row) => [
        row.id,
        row,
      ]),
    );
    const staffIds = [
      ...new Set(shown.flatMap((row) => [row.recordedBy, ...(row.undoneBy ? [row.undoneBy] : [])])),
    ];
    const staff = await this.directory.named(staffIds);
    const entries = await Promise.all(
      shown.map(async (row) => ({
        ...(await this.resultOf(
          row,
          row.firstCheckInId ? (firsts.get(row.firstCheckInId) ?? null) : null,
        )),
        method: row.method,
        recordedBy: staff.get(row.recordedBy) ?? row.recordedBy,
        receivedAt: row.receivedAt.toISOString(),
        undone:
          row.undoneAt && row.undoneBy
            ? {
                at: row.undoneAt.toISOString(),
                by: staff.get(row.undoneBy) ?? row.undoneBy,
                reason: row.undoReason ?? '',
              }
            : null,
        overturnedAt: row.overturnedAt?.toISOString() ?? null,
      })),
    );
    return { day, entries, truncated: rows.length > CHECK_IN_HISTORY_MAX };
  }

  /** A facilitator takes back an admission (a mistaken scan); the history keeps both. */
  async undo(actorId: string, input: UndoCheckIn): Promise<CheckInResult> {
    await this.access.requireRole(actorId, input.eventId, CHECK_IN_ROLES);
    const checkIn = await this.checkIns.findOne({
      where: { id: input.checkInId, eventId: input.eventId },
      relations: { person: true },
    });
    if (!checkIn) throw HadirException.of('checkin.checkInNotFound');
    const undoable = checkIn.status === 'admitted' || checkIn.status === 'checked_out';
    if (!undoable || checkIn.undoneAt || !checkIn.personId) {
      throw HadirException.of('checkin.notUndoable');
    }
    const key = {
      eventId: checkIn.eventId,
      personId: checkIn.personId,
      day: checkIn.day,
      scope: checkInScope(checkIn),
    };
    await this.checkIns.manager.transaction(async (manager) => {
      await manager.update(CheckInEntity, checkIn.id, {
        undoneAt: new Date(),
        undoneBy: actorId,
        undoReason: input.reason,
      });
      if (checkIn.status === 'checked_out' || checkIn.reentry) {
        // Undoing a check-out puts the person back in; undoing a return puts them back out, as
        // of the check-out before it.
        const lastOut = checkIn.reentry ? await this.lastCheckOut(manager, checkIn) : null;
        await manager.update(AdmissionEntity, key, { checkedOutAt: lastOut?.scannedAt ?? null });
      } else {
        await manager.delete(AdmissionEntity, { checkInId: checkIn.id });
      }
    });
    this.counts.changed(input.eventId);
    return this.resultOf(checkIn, null);
  }

  private lastCheckOut(manager: EntityManager, checkIn: CheckInEntity) {
    return manager.findOne(CheckInEntity, {
      where: {
        eventId: checkIn.eventId,
        personId: checkIn.personId ?? undefined,
        day: checkIn.day,
        sessionId: checkIn.sessionId ?? IsNull(),
        venueRoom: checkIn.venueRoom ?? IsNull(),
        status: 'checked_out',
        undoneAt: IsNull(),
      },
      order: { scannedAt: 'DESC' },
    });
  }

  private async settle(
    actorId: string,
    scan: CheckInScan,
    arrival: Arrival,
  ): Promise<CheckInResult> {
    // A replay is not looked up first: storing it fails on its id, and the catch below answers
    // with the stored scan. That keeps the common case, a new scan, to as few queries as possible.
    const event = await this.event(scan.eventId);
    const scannedAt = new Date(scan.scannedAt);
    const day = dateInZone(scannedAt, event.timezone);
    const resolved = await this.resolve(scan, event, day);

    let beaten: CheckInEntity | undefined;
    let row: CheckInEntity;
    try {
      const draft = this.draft(scan, actorId, resolved, scannedAt, day);
      row =
        (arrival === 'live' && (await this.admitAtOnce(draft))) ||
        (await this.store(draft, resolved, arrival, (b) => (beaten = b)));
    } catch (thrown) {
      // The same scan, resent before its first copy was answered, was stored first.
      const stored = await this.checkIns.findOne({
        where: { id: scan.id },
        relations: { person: true },
      });
      if (!stored) throw thrown;
      if (stored.eventId !== scan.eventId) {
        throw HadirException.of('checkin.scanIdTaken');
      }
      return this.resultOf(stored);
    }
    if (row.status === 'admitted' || row.status === 'checked_out') {
      this.counts.changed(scan.eventId);
    }
    if (beaten) {
      this.live.toRoom(
        rooms.person(beaten.recordedBy),
        'checkin:scan.overturned',
        await this.resultOf(beaten),
      );
    }
    row.person = resolved.person ?? undefined;
    return this.resultOf(row);
  }

  private draft(
    scan: CheckInScan,
    actorId: string,
    resolved: Resolved,
    scannedAt: Date,
    day: string,
  ): CheckInEntity {
    return this.checkIns.create({
      id: scan.id,
      eventId: scan.eventId,
      personId: resolved.person?.id ?? null,
      badgeCode: scan.badgeCode ?? null,
      method: scan.method,
      deviceId: scan.deviceId,
      recordedBy: actorId,
      scannedAt,
      receivedAt: new Date(),
      day,
      sessionId: scan.sessionId ?? null,
      venueRoom: scan.venueRoom ?? null,
      direction: scan.direction ?? 'in',
      reentry: false,
      status: resolved.status,
      arrivedDespiteRemote:
        resolved.status === 'admitted' &&
        scan.direction !== 'out' &&
        resolved.person?.attendanceMode === 'remote',
      firstCheckInId: null,
      overturnedAt: null,
      undoneAt: null,
      undoneBy: null,
      undoReason: null,
    });
  }

  /**
   * The common case on PostgreSQL, a live scan of someone not yet in, as one statement: the
   * admission is claimed and the scan stored together, or neither when the admission exists
   * (the caller then takes the general path, which tells a duplicate from a return). One round
   * trip instead of four is most of what a scan costs the database.
   */
  private async admitAtOnce(checkIn: CheckInEntity): Promise<CheckInEntity | undefined> {
    const manager = this.checkIns.manager;
    if (
      manager.connection.options.type !== 'postgres' ||
      checkIn.status !== 'admitted' ||
      checkIn.direction !== 'in' ||
      !checkIn.personId
    ) {
      return undefined;
    }
    const stored = await manager.query<unknown[]>(
      `WITH admission AS (
         INSERT INTO admissions (event_id, person_id, day, scope, check_in_id, scanned_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT DO NOTHING
         RETURNING check_in_id)
       INSERT INTO check_ins (id, event_id, person_id, badge_code, method, device_id, recorded_by,
                              scanned_at, received_at, day, session_id, venue_room, direction,
                              reentry, status, arrived_despite_remote)
       SELECT check_in_id, $1, $2, $7, $8, $9, $10, $6, $11, $3, $12, $13, 'in', false,
              'admitted', $14
         FROM admission
       RETURNING id`,
      [
        checkIn.eventId,
        checkIn.personId,
        checkIn.day,
        checkInScope(checkIn),
        checkIn.id,
        checkIn.scannedAt,
        checkIn.badgeCode,
        checkIn.method,
        checkIn.deviceId,
        checkIn.recordedBy,
        checkIn.receivedAt,
        checkIn.sessionId,
        checkIn.venueRoom,
        checkIn.arrivedDespiteRemote,
      ],
    );
    return stored.length > 0 ? checkIn : undefined;
  }

  private store(
    checkIn: CheckInEntity,
    resolved: Resolved,
    arrival: Arrival,
    onBeaten: (beaten: CheckInEntity) => void,
  ): Promise<CheckInEntity> {
    return this.checkIns.manager.transaction(async (manager) => {
      if (resolved.status === 'admitted' && resolved.person) {
        if (checkIn.direction === 'out') {
          await this.checkOut(manager, checkIn, resolved.person.id);
        } else {
          const { beaten } = await this.admit(manager, checkIn, resolved.person.id, arrival);
          if (beaten) onBeaten(beaten);
        }
      }
      await manager.insert(CheckInEntity, checkIn);
      return checkIn;
    });
  }

  /**
   * Claims the admission for this person, day and scope. The insert that loses a race does
   * nothing (the key exists), so exactly one live scan is told "admitted". A backlog scan from an
   * offline device takes the admission over when it was scanned earlier than the standing one:
   * both doors already let the person in, and the record keeps the first.
   */
  private async admit(
    manager: EntityManager,
    checkIn: CheckInEntity,
    personId: string,
    arrival: Arrival,
  ): Promise<{ beaten?: CheckInEntity }> {
    const key = {
      eventId: checkIn.eventId,
      personId,
      day: checkIn.day,
      scope: checkInScope(checkIn),
    };
    const postgres = manager.connection.options.type === 'postgres';
    const insert = manager
      .createQueryBuilder()
      .insert()
      .into(AdmissionEntity)
      .values({ ...key, checkInId: checkIn.id, scannedAt: checkIn.scannedAt, checkedOutAt: null })
      .orIgnore();
    if (postgres) insert.returning(['checkInId']);
    const inserted = (await insert.execute()).raw as unknown;
    // PostgreSQL returns the row only when this insert made it, which saves reading it back.
    if (postgres && Array.isArray(inserted) && inserted.length > 0) return {};

    const query = manager.getRepository(AdmissionEntity).createQueryBuilder('admission').where(key);
    // SQLite runs one write transaction at a time; PostgreSQL needs the row locked.
    if (postgres) query.setLock('pessimistic_write');
    const standing = await query.getOneOrFail();
    if (standing.checkInId === checkIn.id) return {};
    const first = await manager.findOneByOrFail(CheckInEntity, { id: standing.checkInId });
    if (standing.checkedOutAt && standing.checkedOutAt.getTime() <= checkIn.scannedAt.getTime()) {
      // Back after checking out: in again, and the day's first arrival stays the admission.
      await manager.update(AdmissionEntity, key, { checkedOutAt: null });
      checkIn.reentry = true;
      checkIn.firstCheckInId = first.id;
      return {};
    }
    if (arrival === 'live' || first.scannedAt.getTime() <= checkIn.scannedAt.getTime()) {
      checkIn.status = 'duplicate';
      checkIn.firstCheckInId = first.id;
      return {};
    }
    await manager.update(AdmissionEntity, key, {
      checkInId: checkIn.id,
      scannedAt: checkIn.scannedAt,
    });
    const overturned = {
      status: 'duplicate' as const,
      firstCheckInId: checkIn.id,
      overturnedAt: new Date(),
    };
    await manager.update(CheckInEntity, first.id, overturned);
    return { beaten: Object.assign(first, overturned) };
  }

  /**
   * Ends the person's stay: their admission stands (they did come) and is marked as left. Without
   * an admission in this scope there is nothing to end, and the scan says so.
   */
  private async checkOut(
    manager: EntityManager,
    checkIn: CheckInEntity,
    personId: string,
  ): Promise<void> {
    const key = {
      eventId: checkIn.eventId,
      personId,
      day: checkIn.day,
      scope: checkInScope(checkIn),
    };
    const query = manager.getRepository(AdmissionEntity).createQueryBuilder('admission').where(key);
    if (manager.connection.options.type === 'postgres') query.setLock('pessimistic_write');
    const standing = await query.getOne();
    if (!standing || standing.scannedAt.getTime() > checkIn.scannedAt.getTime()) {
      checkIn.status = 'not_checked_in';
      return;
    }
    checkIn.status = 'checked_out';
    checkIn.firstCheckInId = standing.checkInId;
    await manager.update(AdmissionEntity, key, { checkedOutAt: checkIn.scannedAt });
  }

  /**
   * Events change rarely and every scan needs one, so they are kept for a few seconds: a moved
   * event date reaches the door at most that late.
   */
  private async event(eventId: string): Promise<EventEntity> {
    const cached = this.eventCache.get(eventId);
    if (cached && cached.until > Date.now()) return cached.event;
    const event = await this.events.find(eventId);
    this.eventCache.set(eventId, { event, until: Date.now() + EVENT_CACHE_MS });
    return event;
  }

  private async resolve(scan: CheckInScan, event: EventEntity, day: string): Promise<Resolved> {
    let person: PersonEntity | null;
    if (scan.badgeCode) {
      const badge = await this.directory.badge(event.id, scan.badgeCode);
      if (!badge) return { status: 'not_registered', person: null };
      if (badge.revokedAt) return { status: 'revoked', person: badge.person ?? null };
      // Badges are issued per event to its members, so the badge itself vouches for membership.
      person = badge.person ?? null;
    } else {
      person = scan.personId ? await this.directory.person(scan.personId) : null;
      if (person && (await this.access.rolesIn(person.id, event.id)).length === 0) person = null;
    }
    if (!person) return { status: 'not_registered', person: null };
    if (!datesOf(event.startDate, event.endDate).includes(day)) {
      return { status: 'not_expected_today', person };
    }
    return { status: 'admitted', person };
  }

  private async resultOf(
    row: CheckInEntity,
    firstOverride?: CheckInEntity | null,
  ): Promise<CheckInResult> {
    const first =
      firstOverride !== undefined
        ? firstOverride
        : row.firstCheckInId
          ? await this.checkIns.findOneBy({ id: row.firstCheckInId })
          : null;
    const person = row.person ?? (row.personId ? await this.directory.person(row.personId) : null);
    return {
      id: row.id,
      status: row.status,
      person: person ? toCheckInPerson(person) : null,
      day: row.day,
      sessionId: row.sessionId,
      venueRoom: row.venueRoom,
      direction: row.direction,
      reentry: row.reentry,
      arrivedDespiteRemote: row.arrivedDespiteRemote,
      firstCheckIn: first
        ? { id: first.id, scannedAt: first.scannedAt.toISOString(), deviceId: first.deviceId }
        : null,
      scannedAt: row.scannedAt.toISOString(),
      deviceId: row.deviceId,
    };
  }

  /** Who is inside the venue now on `day`: admitted and not checked out, in any scope. */
  async inside(eventId: string, day: string): Promise<Set<string>> {
    const rows = await this.checkIns.manager.find(AdmissionEntity, {
      where: { eventId, day, checkedOutAt: IsNull() },
      select: { personId: true },
    });
    return new Set(rows.map((row) => row.personId));
  }

  /**
   * Every scan that changed whether someone was inside (admitted, back, or checked out), not
   * undone nor taken over by an earlier offline scan: the door's evidence for the attendance
   * ledger. Callers check access.
   */
  async passages(eventId: string, personId?: string): Promise<DoorPassage[]> {
    const rows = await this.checkIns.find({
      where: {
        eventId,
        ...(personId ? { personId } : { personId: Not(IsNull()) }),
        status: In(['admitted', 'checked_out']),
        undoneAt: IsNull(),
        overturnedAt: IsNull(),
      },
      select: {
        personId: true,
        day: true,
        sessionId: true,
        venueRoom: true,
        direction: true,
        scannedAt: true,
      },
    });
    return rows.map((row) => ({
      personId: row.personId ?? '',
      day: row.day,
      scope: checkInScope(row),
      direction: row.direction,
      at: row.scannedAt.getTime(),
    }));
  }
}

function toCheckInPerson(person: PersonEntity): CheckInPerson {
  return {
    id: person.id,
    name: person.name,
    country: person.country,
    organisation: person.organisation,
    category: person.category,
    attendanceMode: person.attendanceMode,
  };
}
