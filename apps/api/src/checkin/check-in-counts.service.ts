import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type CheckInCounts, rooms, VENUE_ROOM_SCOPE_PREFIX } from '@hadir/contracts';
import { dateInZone } from '@hadir/domain';
import { Repository } from 'typeorm';
import { EventsService } from '../events/events.service';
import { Coalescer } from '../realtime/coalescer';
import { LiveEmitter } from '../realtime/live-emitter.service';
import { AdmissionEntity } from './entities/admission.entity';

/** However fast scans arrive, staff get at most this many count updates a second. */
const UPDATES_PER_SECOND = 4;
const MIN_GAP_MS = 1000 / UPDATES_PER_SECOND;
/** Registrations reach the "expected" figures at most this late. */
const MEMBERS_CACHE_MS = 10_000;

interface Group {
  country: string;
  category: string;
  mode: string;
}

/**
 * Live door counts. A scan marks its event dirty; a timer sends the current totals at a bounded
 * rate, so a queue of fifty people at the door is a handful of messages, not fifty.
 */
@Injectable()
export class CheckInCountsService implements OnModuleDestroy {
  private readonly logger = new Logger(CheckInCountsService.name);
  // Counting may never take more than a fifth of the database's time, however busy the door.
  private readonly pushes = Coalescer.eachKey(
    async (eventId: string) =>
      this.live.toRoom(
        rooms.eventDoor(eventId),
        'checkin:counts.updated',
        await this.current(eventId),
      ),
    { logger: this.logger, what: 'check-in counts' },
    MIN_GAP_MS,
    4,
  );
  private readonly memberCache = new Map<
    string,
    { rows: (Group & { members: string | number })[]; until: number }
  >();

  constructor(
    @InjectRepository(AdmissionEntity) private readonly admissions: Repository<AdmissionEntity>,
    private readonly events: EventsService,
    private readonly live: LiveEmitter,
  ) {}

  changed(eventId: string): void {
    this.pushes.mark(eventId);
  }

  /** The totals of `day` (the event's today when absent). */
  async current(eventId: string, day?: string): Promise<CheckInCounts> {
    const event = await this.events.find(eventId);
    day ??= dateInZone(new Date(), event.timezone);
    // Totals come from the database grouped, never as one row per person. Who is expected
    // changes rarely and costs a pass over every member, so it is kept a few seconds; who came
    // is read each time, and costs a pass over the day's admissions only.
    const [members, admitted] = await Promise.all([
      this.members(eventId),
      this.query<Group & { admitted: string | number; left: string | number }>(
        `SELECT p.country AS country, p.category AS category, p.attendance_mode AS mode,
                COUNT(*) AS admitted, COUNT(a.checked_out_at) AS "left"
           FROM admissions a
           JOIN people p ON p.id = a.person_id
          WHERE a.event_id = :eventId AND a.day = :day AND a.scope = ''
            AND EXISTS (SELECT 1 FROM event_roles r
                         WHERE r.event_id = a.event_id AND r.person_id = a.person_id)
          GROUP BY p.country, p.category, p.attendance_mode`,
        { eventId, day },
      ),
    ]);
    const groups = new Map<string, Group & { members: number; admitted: number; left: number }>();
    const groupOf = (row: Group) => {
      const key = [row.country, row.category, row.mode].join('\u0000');
      let group = groups.get(key);
      if (!group) {
        group = { ...row, members: 0, admitted: 0, left: 0 };
        groups.set(key, group);
      }
      return group;
    };
    for (const row of members) groupOf(row).members += Number(row.members);
    for (const row of admitted) {
      const group = groupOf(row);
      group.admitted += Number(row.admitted);
      group.left += Number(row.left);
    }
    const scopes = await this.query<{ scope: string; admitted: string | number }>(
      `SELECT scope, COUNT(*) AS admitted FROM admissions
        WHERE event_id = :eventId AND day = :day AND scope <> '' AND checked_out_at IS NULL
        GROUP BY scope`,
      { eventId, day },
    );

    const counts: CheckInCounts = {
      eventId,
      day,
      expected: 0,
      checkedIn: 0,
      checkedOut: 0,
      remaining: 0,
      byCountry: {},
      byCategory: {},
      byMode: {},
      bySession: {},
      byVenueRoom: {},
    };
    const add = (
      group: CheckInCounts['byCountry'],
      key: string,
      expected: number,
      checkedIn: number,
    ) => {
      const entry = (group[key] ??= { expected: 0, checkedIn: 0 });
      entry.expected += expected;
      entry.checkedIn += checkedIn;
    };
    for (const row of groups.values()) {
      const admitted = Number(row.admitted);
      // Expected means registered to attend in the hall; remote people who came anyway count as
      // checked in without being expected.
      const expected = row.mode === 'in_person' ? Number(row.members) : 0;
      const admittedExpected = row.mode === 'in_person' ? admitted : 0;
      counts.expected += expected;
      counts.checkedIn += admitted;
      counts.checkedOut += Number(row.left);
      counts.remaining += expected - admittedExpected;
      if (expected === 0 && admitted === 0) continue;
      add(counts.byCountry, row.country, expected, admitted);
      add(counts.byCategory, row.category, expected, admitted);
      add(counts.byMode, row.mode, expected, admitted);
    }
    // Rooms and sessions count who is there now: a check-out leaves the room's count.
    for (const row of scopes) {
      if (row.scope.startsWith(VENUE_ROOM_SCOPE_PREFIX)) {
        counts.byVenueRoom[row.scope.slice(VENUE_ROOM_SCOPE_PREFIX.length)] = Number(row.admitted);
      } else counts.bySession[row.scope] = Number(row.admitted);
    }
    return counts;
  }

  private async members(eventId: string): Promise<(Group & { members: string | number })[]> {
    const cached = this.memberCache.get(eventId);
    if (cached && cached.until > Date.now()) return cached.rows;
    const rows = await this.query<Group & { members: string | number }>(
      `SELECT p.country AS country, p.category AS category, p.attendance_mode AS mode,
              COUNT(*) AS members
         FROM people p
         JOIN (SELECT DISTINCT person_id FROM event_roles WHERE event_id = :eventId) r
           ON r.person_id = p.id
        GROUP BY p.country, p.category, p.attendance_mode`,
      { eventId },
    );
    this.memberCache.set(eventId, { rows, until: Date.now() + MEMBERS_CACHE_MS });
    return rows;
  }

  private query<T>(sql: string, parameters: Record<string, string>): Promise<T[]> {
    const { driver } = this.admissions.manager.connection;
    const [query, values] = driver.escapeQueryWithParameters(sql, parameters, {});
    return this.admissions.query(query, values);
  }

  onModuleDestroy(): void {
    this.pushes.stop();
  }
}
