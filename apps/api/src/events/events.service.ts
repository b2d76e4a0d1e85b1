import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AgendaSession, EventAgenda, EventSummary, SessionPerson } from '@hadir/contracts';
import { Repository } from 'typeorm';
import { HadirException } from '../common/hadir.exception';
import { AccessService } from '../identity/access.service';
import { EventEntity } from './entities/event.entity';
import { SessionEntity } from './entities/session.entity';

@Injectable()
export class EventsService {
  constructor(
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly access: AccessService,
  ) {}

  async listFor(personId: string): Promise<EventSummary[]> {
    const eventId = await this.access.eventOf(personId);
    const event = eventId ? await this.events.findOneBy({ id: eventId }) : null;
    return event ? [toEventSummary(event)] : [];
  }

  async agenda(personId: string, eventId: string): Promise<EventAgenda> {
    await this.access.requireMember(personId, eventId);
    return this.agendaOf(eventId);
  }

  /** The agenda for a service that checked access itself, or that answers no one person. */
  async agendaOf(eventId: string): Promise<EventAgenda> {
    const event = await this.events.findOneBy({ id: eventId });
    if (!event) throw HadirException.of('events.eventNotFound');
    const sessions = await this.sessions.find({
      where: { eventId },
      relations: { people: { person: true } },
      order: { startsAt: 'ASC', title: 'ASC' },
    });
    return { event: toEventSummary(event), sessions: sessions.map(toAgendaSession) };
  }

  async session(sessionId: string): Promise<AgendaSession> {
    const session = await this.sessions.findOne({
      where: { id: sessionId },
      relations: { people: { person: true } },
    });
    if (!session) throw HadirException.of('events.sessionNotFound');
    return toAgendaSession(session);
  }

  /** @returns the event the session belongs to; throws when there is no such session. */
  async eventOfSession(sessionId: string): Promise<string> {
    const session = await this.sessions.findOne({
      where: { id: sessionId },
      select: { eventId: true },
    });
    if (!session) throw HadirException.of('events.sessionNotFound');
    return session.eventId;
  }

  /** The event itself, for modules that need its dates and time zone. */
  async find(eventId: string): Promise<EventEntity> {
    const event = await this.events.findOneBy({ id: eventId });
    if (!event) throw HadirException.of('events.eventNotFound');
    return event;
  }

  /** The event's time zone, for who only needs that (the people import places attendees by it). */
  async timeZoneOf(eventId: string): Promise<string> {
    const event = await this.events.findOne({ where: { id: eventId }, select: { timezone: true } });
    if (!event) throw HadirException.of('events.eventNotFound');
    return event.timezone;
  }

  /** The event created first: in demo mode, the seeded programme, whatever was imported since. */
  firstEvent(): Promise<EventEntity | null> {
    return this.events.findOne({ where: {}, order: { createdAt: 'ASC' } });
  }
}

function toEventSummary(event: EventEntity): EventSummary {
  return {
    id: event.id,
    slug: event.slug,
    title: event.title,
    description: event.description,
    timezone: event.timezone,
    startDate: event.startDate,
    endDate: event.endDate,
    venue: event.venue,
  };
}

function toAgendaSession(session: SessionEntity): AgendaSession {
  const people = [...(session.people ?? [])].sort((a, b) => a.position - b.position);
  const withRole = (role: 'speaker' | 'moderator'): SessionPerson[] =>
    people.flatMap(({ role: r, person }) =>
      r === role && person ? [{ id: person.id, name: person.name, country: person.country }] : [],
    );
  return {
    id: session.id,
    title: session.title,
    description: session.description,
    kind: session.kind,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    room: session.room,
    streamed: session.streamed,
    speakers: withRole('speaker'),
    moderators: withRole('moderator'),
  };
}
