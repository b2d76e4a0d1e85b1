import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Announcement, type CreateAnnouncement, rooms, STAFF_ROLES } from '@hadir/contracts';
import { Repository } from 'typeorm';
import { HadirException } from '../common/hadir.exception';
import { EventsService } from '../events/events.service';
import { AccessService } from '../identity/access.service';
import { LiveEmitter } from '../realtime/live-emitter.service';
import { AnnouncementEntity } from './entities/announcement.entity';

const RECENT_LIMIT = 20;

@Injectable()
export class AnnouncementsService {
  constructor(
    @InjectRepository(AnnouncementEntity)
    private readonly announcements: Repository<AnnouncementEntity>,
    private readonly access: AccessService,
    private readonly events: EventsService,
    private readonly live: LiveEmitter,
  ) {}

  /**
   * Idempotent on the client's id: a resend after a reconnect returns the stored announcement and
   * broadcasts nothing new.
   */
  async create(authorId: string, input: CreateAnnouncement): Promise<Announcement> {
    await this.access.requireRole(authorId, input.eventId, STAFF_ROLES);
    if (input.sessionId && (await this.events.eventOfSession(input.sessionId)) !== input.eventId) {
      throw HadirException.of('events.sessionNotInEvent');
    }
    const existing = await this.findOne(input.id);
    if (existing) return this.sameRequestOrConflict(existing, authorId, input);

    try {
      await this.announcements.insert({
        id: input.id,
        eventId: input.eventId,
        sessionId: input.sessionId ?? null,
        authorId,
        text: input.text,
        createdAt: new Date(),
      });
    } catch (thrown) {
      // Two nodes raced on the same retry; the other one stored and broadcast it.
      const raced = await this.findOne(input.id);
      if (raced) return this.sameRequestOrConflict(raced, authorId, input);
      throw thrown;
    }
    const announcement = toAnnouncement((await this.findOne(input.id)) as AnnouncementEntity);
    const room = input.sessionId ? rooms.session(input.sessionId) : rooms.event(input.eventId);
    this.live.toRoom(room, 'announcement:created', announcement);
    return announcement;
  }

  async recent(personId: string, eventId: string): Promise<Announcement[]> {
    await this.access.requireMember(personId, eventId);
    const rows = await this.announcements.find({
      where: { eventId },
      relations: { author: true },
      order: { createdAt: 'DESC' },
      take: RECENT_LIMIT,
    });
    return rows.map(toAnnouncement);
  }

  private findOne(id: string): Promise<AnnouncementEntity | null> {
    return this.announcements.findOne({ where: { id }, relations: { author: true } });
  }

  private sameRequestOrConflict(
    existing: AnnouncementEntity,
    authorId: string,
    input: CreateAnnouncement,
  ): Announcement {
    if (existing.authorId !== authorId || existing.eventId !== input.eventId) {
      throw HadirException.of('announcements.idTaken');
    }
    return toAnnouncement(existing);
  }
}

function toAnnouncement(row: AnnouncementEntity): Announcement {
  return {
    id: row.id,
    eventId: row.eventId,
    sessionId: row.sessionId,
    text: row.text,
    authorName: row.author?.name ?? '',
    createdAt: row.createdAt.toISOString(),
  };
}
