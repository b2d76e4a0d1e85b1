import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type AttendanceNow, rooms } from '@hadir/contracts';
import { Repository } from 'typeorm';
import { Coalescer } from '../realtime/coalescer';
import { LiveEmitter } from '../realtime/live-emitter.service';
import { PresenceIntervalEntity } from './entities/presence-interval.entity';
import { PRESENCE_HEARTBEAT_MS } from './heartbeat';

const UPDATES_PER_SECOND = 2;

/**
 * Who follows an event's sessions right now, from the open presence intervals of every node:
 * pushed to its staff at a bounded rate whenever someone joins or leaves a session.
 */
@Injectable()
export class AttendanceNowService implements OnModuleDestroy {
  private readonly logger = new Logger(AttendanceNowService.name);
  private readonly pushes = Coalescer.eachKey(
    async (eventId: string) =>
      this.live.toRoom(
        rooms.eventAttendance(eventId),
        'attendance:now.updated',
        await this.current(eventId),
      ),
    { logger: this.logger, what: 'who follows now' },
    1000 / UPDATES_PER_SECOND,
  );

  constructor(
    @InjectRepository(PresenceIntervalEntity)
    private readonly intervals: Repository<PresenceIntervalEntity>,
    private readonly live: LiveEmitter,
  ) {}

  changed(eventId: string): void {
    this.pushes.mark(eventId);
  }

  async current(eventId: string): Promise<AttendanceNow> {
    // Intervals a crashed node left open stop counting once they are no longer marked.
    const seenSince = new Date(Date.now() - 2 * PRESENCE_HEARTBEAT_MS);
    const rows = await this.intervals
      .createQueryBuilder('interval')
      .innerJoin('interval.session', 'session')
      .select('interval.mode', 'mode')
      .addSelect('COUNT(DISTINCT interval.person_id)', 'people')
      .where('session.event_id = :eventId', { eventId })
      .andWhere('interval.left_at IS NULL')
      .andWhere('interval.last_seen_at > :seenSince', { seenSince })
      .groupBy('interval.mode')
      .getRawMany<{ mode: string; people: string | number }>();
    const count = (mode: string) => Number(rows.find((row) => row.mode === mode)?.people ?? 0);
    return {
      eventId,
      followingRemotely: count('remote'),
      followingInHall: count('in_person'),
    };
  }

  onModuleDestroy(): void {
    this.pushes.stop();
  }
}
