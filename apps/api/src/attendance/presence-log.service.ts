import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AttendanceMode } from '@hadir/contracts';
import { In, IsNull, Repository } from 'typeorm';
import { AttendanceNowService } from './attendance-now.service';
import { PresenceIntervalEntity } from './entities/presence-interval.entity';
import { PRESENCE_HEARTBEAT_MS } from './heartbeat';

interface Open {
  id: string;
  mode: AttendanceMode;
  /** Kept so that leaving does not look it up again: joins and leaves are frequent. */
  eventId: string;
}

/**
 * Writes who follows which session and how, as intervals, for the attendance ledger. One
 * interval per connection and session: two tabs make two, which the ledger merges.
 */
@Injectable()
export class PresenceLogService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PresenceLogService.name);
  /** By socket id, the intervals this node has open. */
  private readonly open = new Map<string, Map<string, Open>>();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    @InjectRepository(PresenceIntervalEntity)
    private readonly intervals: Repository<PresenceIntervalEntity>,
    private readonly following: AttendanceNowService,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => {
      this.heartbeat().catch((error: unknown) =>
        this.logger.warn(`Presence heartbeat failed: ${String(error)}`),
      );
    }, PRESENCE_HEARTBEAT_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Joining again in the same mode keeps the interval; a new mode starts another. */
  async joined(
    socketId: string,
    personId: string,
    session: { id: string; eventId: string },
    mode: AttendanceMode,
  ): Promise<void> {
    const sessionId = session.id;
    const sessions = this.open.get(socketId) ?? new Map<string, Open>();
    this.open.set(socketId, sessions);
    const current = sessions.get(sessionId);
    if (current?.mode === mode) return;
    if (current) await this.close([current.id]);
    const now = new Date();
    const id = randomUUID();
    sessions.set(sessionId, { id, mode, eventId: session.eventId });
    await this.intervals.insert({
      id,
      sessionId,
      personId,
      mode,
      joinedAt: now,
      leftAt: null,
      lastSeenAt: now,
    });
    this.following.changed(session.eventId);
  }

  async left(socketId: string, sessionId: string): Promise<void> {
    const current = this.open.get(socketId)?.get(sessionId);
    if (!current) return;
    this.open.get(socketId)?.delete(sessionId);
    await this.close([current.id]);
    this.following.changed(current.eventId);
  }

  /** The connection ended: whatever it followed, it no longer does. */
  async disconnected(socketId: string): Promise<void> {
    const sessions = this.open.get(socketId);
    this.open.delete(socketId);
    if (!sessions) return;
    await this.close([...sessions.values()].map((open) => open.id));
    for (const open of sessions.values()) this.following.changed(open.eventId);
  }

  async heartbeat(): Promise<void> {
    const ids = [...this.open.values()].flatMap((sessions) =>
      [...sessions.values()].map((open) => open.id),
    );
    if (ids.length > 0) await this.intervals.update({ id: In(ids) }, { lastSeenAt: new Date() });
  }

  private async close(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const now = new Date();
    await this.intervals.update(
      { id: In(ids), leftAt: IsNull() },
      { leftAt: now, lastSeenAt: now },
    );
  }
}
