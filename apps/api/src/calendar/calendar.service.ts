import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type {
  AgendaSession,
  CalendarFeed,
  CreateCalendarFeed,
  EventAgenda,
} from '@hadir/contracts';
import { type CalendarEntry, icsCalendar } from '@hadir/domain';
import { IsNull, Repository } from 'typeorm';
import { HadirException } from '../common/hadir.exception';
import { EventsService } from '../events/events.service';
import { AccessService } from '../identity/access.service';
import { PeopleDirectory } from '../identity/people-directory.service';
import { TokenService } from '../identity/token.service';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';

/**
 * The agenda in people's own calendars: one session as a file, or the whole programme as a
 * subscription that a calendar reads again by itself, so that a moved session moves there too.
 */
@Injectable()
export class CalendarService {
  constructor(
    @InjectRepository(CalendarFeedEntity) private readonly feeds: Repository<CalendarFeedEntity>,
    private readonly events: EventsService,
    private readonly access: AccessService,
    private readonly directory: PeopleDirectory,
    private readonly tokens: TokenService,
  ) {}

  async session(personId: string, eventId: string, sessionId: string, origin: string) {
    const agenda = await this.events.agenda(personId, eventId);
    const session = agenda.sessions.find((s) => s.id === sessionId);
    if (!session) throw HadirException.of('events.sessionNotInEvent');
    return icsCalendar({
      name: session.title,
      entries: [entryOf(agenda, session, origin)],
      writtenAt: new Date(),
    });
  }

  async feed(personId: string, eventId: string): Promise<CalendarFeed> {
    await this.access.requireMember(personId, eventId);
    const active = await this.feeds.findOne({
      where: { personId, revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
    return { path: active ? this.pathOf(active.id) : null };
  }

  /** A new link; the previous one stops working. A repeated request returns the same link. */
  async renew(personId: string, eventId: string, input: CreateCalendarFeed): Promise<CalendarFeed> {
    await this.access.requireMember(personId, eventId);
    const existing = await this.feeds.findOneBy({ id: input.id });
    if (existing) {
      if (existing.personId !== personId) throw HadirException.of('calendar.feedIdTaken');
      return { path: existing.revokedAt ? null : this.pathOf(existing.id) };
    }
    await this.feeds.manager.transaction(async (manager) => {
      await manager.update(
        CalendarFeedEntity,
        { personId, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      await manager.insert(CalendarFeedEntity, {
        id: input.id,
        personId,
        createdAt: new Date(),
        revokedAt: null,
      });
    });
    return { path: this.pathOf(input.id) };
  }

  async turnOff(personId: string, eventId: string): Promise<CalendarFeed> {
    await this.access.requireMember(personId, eventId);
    await this.feeds.update({ personId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return { path: null };
  }

  /** What a calendar reads from the link: the person's programme as it stands now. */
  async subscription(token: string, origin: string): Promise<string> {
    const feed = await this.feeds.findOneBy({ id: this.tokens.verifyCalendar(token) });
    if (!feed || feed.revokedAt) throw HadirException.of('calendar.feedTurnedOff');
    const person = await this.directory.person(feed.personId);
    if (!person || (await this.access.rolesIn(person.id, person.eventId)).length === 0) {
      throw HadirException.of('calendar.feedTurnedOff');
    }
    const agenda = await this.events.agenda(person.id, person.eventId);
    return icsCalendar({
      name: agenda.event.title,
      entries: agenda.sessions.map((session) => entryOf(agenda, session, origin)),
      writtenAt: new Date(),
    });
  }

  private pathOf(feedId: string): string {
    return `/api/calendar/${this.tokens.signCalendar(feedId)}.ics`;
  }
}

function entryOf(agenda: EventAgenda, session: AgendaSession, origin: string): CalendarEntry {
  const people = [
    ...session.speakers.map((p) => p.name),
    ...session.moderators.map((p) => `${p.name} (moderator)`),
  ];
  return {
    uid: `${session.id}@hadir`,
    startsAt: new Date(session.startsAt),
    endsAt: new Date(session.endsAt),
    title: session.title,
    description: [session.description, people.join(', ')].filter(Boolean).join('\n\n'),
    location: [session.room, agenda.event.venue].filter(Boolean).join(', ') || null,
    url: `${origin}/events/${agenda.event.id}/sessions/${session.id}`,
  };
}
