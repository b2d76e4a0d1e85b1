import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type CheckInCounts, rooms, VENUE_ROOM_SCOPE_PREFIX } from '@hadir/contracts';
import { dateInZone } from '@hadir/domain';
import { Repository } from 'typeorm';
import { HadirException } from '../common/hadir.exception';
import { EventEntity } from '../events/entities/event.entity';
import { LiveEmitter } from '../live/live-emitter.service';
import { AdmissionEntity } from './entities/admission.entity';

/** However fast scans arrive, staff get at most this many count updates a second. */
const UPDATES_PER_SECOND = 4;

/**
 * Live door counts. A scan marks its event dirty; a timer sends the current totals at a bounded
 * rate, so a queue of fifty people at the door is a handful of messages, not fifty.
 */
@Injectable()
export class CheckInCountsService implements OnModuleDestroy {
  private readonly logger = new Logger(CheckInCountsService.name);
  private readonly dirty = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectRepository(AdmissionEntity) private readonly admissions: Repository<AdmissionEntity>,
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
    private readonly live: LiveEmitter,
  ) {}

  changed(eventId: string): void {
    this.dirty.add(eventId);
    this.timer ??= setTimeout(() => void this.flush(), 1000 / UPDATES_PER_SECOND);
  }

  /** The totals of `day` (the event's today when absent). */
  async current(eventId: string, day?: string): Promise<CheckInCounts> {
    const event = await this.events.findOneBy({ id: eventId });
    if (!event) throw HadirException.notFound('There is no such event');
    day ??= dateInZone(new Date(), event.timezone);
    // Totals come from the database grouped, never as one row per person: a large event's
    // counts stay a few dozen rows however many people it has.
    const groups = await this.query<{
      country: string;
      category: string;
      mode: string;
      members: string | number;
      admitted: string | number;
      left: string | number;
    }>(
      `SELECT p.country AS country, p.category AS category, p.attendance_mode AS mode,
              COUNT(*) AS members, COUNT(a.person_id) AS admitted,
              COUNT(a.checked_out_at) AS "left"
         FROM people p
         JOIN (SELECT DISTINCT person_id FROM event_roles WHERE event_id = :eventId) r ON r.person_id = p.id
         LEFT JOIN admissions a
           ON a.person_id = p.id AND a.event_id = :eventId AND a.day = :day AND a.scope = ''
        GROUP BY p.country, p.category, p.attendance_mode`,
      { eventId, day },
    );
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
    for (const row of groups) {
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

  private query<T>(sql: string, parameters: Record<string, string>): Promise<T[]> {
    const { driver } = this.admissions.manager.connection;
    const [query, values] = driver.escapeQueryWithParameters(sql, parameters, {});
    return this.admissions.query(query, values);
  }

  onModuleDestroy(): void {
    clearTimeout(this.timer);
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    const eventIds = [...this.dirty];
    this.dirty.clear();
    for (const eventId of eventIds) {
      try {
        this.live.toRoom(
          rooms.eventStaff(eventId),
          'checkin:counts.updated',
          await this.current(eventId),
        );
      } catch (thrown) {
        // The next scan sends fresh totals; a failed push must not take the timer down with it.
        this.logger.warn(`Could not send check-in counts: ${String(thrown)}`);
      }
    }
  }
}
