import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type CheckInCounts, rooms } from '@hadir/contracts';
import { dateInZone } from '@hadir/domain';
import { Repository } from 'typeorm';
import { HadirException } from '../common/hadir.exception';
import { EventEntity } from '../events/entities/event.entity';
import { EventRoleEntity } from '../identity/entities/event-role.entity';
import { PersonEntity } from '../identity/entities/person.entity';
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

  async current(eventId: string, at = new Date()): Promise<CheckInCounts> {
    const event = await this.events.findOneBy({ id: eventId });
    if (!event) throw HadirException.notFound('There is no such event');
    const day = dateInZone(at, event.timezone);
    const manager = this.admissions.manager;
    const members = await manager
      .createQueryBuilder(PersonEntity, 'person')
      .innerJoin(
        EventRoleEntity,
        'role',
        'role.person_id = person.id AND role.event_id = :eventId',
        { eventId },
      )
      .select(['person.id', 'person.country', 'person.category', 'person.attendanceMode'])
      .distinct(true)
      .getMany();
    const admitted = await this.admissions.findBy({ eventId, day });
    const inHall = new Set(admitted.filter((a) => a.scope === '').map((a) => a.personId));

    const counts: CheckInCounts = {
      eventId,
      day,
      expected: 0,
      checkedIn: inHall.size,
      remaining: 0,
      byCountry: {},
      byCategory: {},
      byMode: {},
      bySession: {},
    };
    const bump = (
      group: CheckInCounts['byCountry'],
      key: string,
      expected: boolean,
      checkedIn: boolean,
    ) => {
      const entry = (group[key] ??= { expected: 0, checkedIn: 0 });
      if (expected) entry.expected++;
      if (checkedIn) entry.checkedIn++;
    };
    for (const person of members) {
      const expected = person.attendanceMode === 'in_person';
      const checkedIn = inHall.has(person.id);
      if (!expected && !checkedIn) continue;
      if (expected) counts.expected++;
      if (expected && !checkedIn) counts.remaining++;
      bump(counts.byCountry, person.country, expected, checkedIn);
      bump(counts.byCategory, person.category, expected, checkedIn);
      bump(counts.byMode, person.attendanceMode, expected, checkedIn);
    }
    for (const admission of admitted.filter((a) => a.scope !== '')) {
      counts.bySession[admission.scope] = (counts.bySession[admission.scope] ?? 0) + 1;
    }
    return counts;
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
