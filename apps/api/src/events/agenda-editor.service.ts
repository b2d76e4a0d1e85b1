import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type AgendaSession,
  type CreateSessionBody,
  type FieldIssue,
  rooms,
  type SessionInput,
} from '@hadir/contracts';
import { datesOf, findSpeakerConflicts, instantOf, wallClockOf } from '@hadir/domain';
import { type EntityManager, Not, Repository } from 'typeorm';
import { HadirException } from '../common/hadir.exception';
import { AccessService } from '../identity/access.service';
import { LiveEmitter } from '../realtime/live-emitter.service';
import { EventEntity } from './entities/event.entity';
import { SessionPersonEntity } from './entities/session-person.entity';
import { SessionEntity } from './entities/session.entity';
import { EventsService } from './events.service';

/**
 * Organisers create, move and delete agenda sessions. A save that would put a speaker or a room
 * in two places at once is refused with the clash named, never stored.
 */
@Injectable()
export class AgendaEditorService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
    private readonly access: AccessService,
    private readonly agenda: EventsService,
    private readonly live: LiveEmitter,
  ) {}

  async create(actorId: string, eventId: string, body: CreateSessionBody): Promise<AgendaSession> {
    await this.access.requireRole(actorId, eventId, ['organiser']);
    const { id, ...input } = body;
    const existing = await this.sessions.findOneBy({ id });
    if (existing) {
      // A resent create: answer with what the first one stored.
      if (existing.eventId !== eventId) throw HadirException.of('events.sessionIdTaken');
      return this.agenda.session(id);
    }
    return this.save(eventId, id, input, true);
  }

  async update(
    actorId: string,
    eventId: string,
    sessionId: string,
    input: SessionInput,
  ): Promise<AgendaSession> {
    await this.access.requireRole(actorId, eventId, ['organiser']);
    await this.requireSessionIn(eventId, sessionId);
    return this.save(eventId, sessionId, input, false);
  }

  async delete(actorId: string, eventId: string, sessionId: string): Promise<void> {
    await this.access.requireRole(actorId, eventId, ['organiser']);
    await this.requireSessionIn(eventId, sessionId);
    await this.sessions.delete(sessionId);
    this.live.toRoom(rooms.event(eventId), 'agenda:session.deleted', { eventId, sessionId });
  }

  private async save(
    eventId: string,
    sessionId: string,
    input: SessionInput,
    isNew: boolean,
  ): Promise<AgendaSession> {
    const event = await this.events.findOneBy({ id: eventId });
    if (!event) throw HadirException.of('events.eventNotFound');
    if (!datesOf(event.startDate, event.endDate).includes(input.date)) {
      throw HadirException.of('events.dayOutsideEvent', {}, [
        { path: 'date', message: `Choose a day from ${event.startDate} to ${event.endDate}` },
      ]);
    }
    const startsAt = instantOf(input.date, input.startTime, event.timezone);
    const endsAt = instantOf(input.date, input.endTime, event.timezone);
    const personIds = [...new Set([...input.speakerIds, ...input.moderatorIds])];
    await this.requireMembers(eventId, personIds);

    await this.sessions.manager.transaction(async (manager) => {
      const clashes = await this.clashes(
        manager,
        event,
        sessionId,
        startsAt,
        endsAt,
        input,
        personIds,
      );
      if (clashes.length > 0) {
        throw HadirException.of('events.sessionClash', {}, clashes);
      }
      const row = {
        id: sessionId,
        eventId,
        title: input.title,
        description: input.description,
        kind: input.kind,
        startsAt,
        endsAt,
        room: input.room,
        streamed: input.streamed,
      };
      if (isNew) await manager.insert(SessionEntity, row);
      else await manager.update(SessionEntity, sessionId, row);
      await manager.delete(SessionPersonEntity, { sessionId });
      const people = [
        ...input.speakerIds.map((personId, position) => ({
          sessionId,
          personId,
          role: 'speaker' as const,
          position,
        })),
        ...input.moderatorIds.map((personId, position) => ({
          sessionId,
          personId,
          role: 'moderator' as const,
          position,
        })),
      ];
      if (people.length > 0) await manager.insert(SessionPersonEntity, people);
    });
    const session = await this.agenda.session(sessionId);
    this.live.toRoom(rooms.event(eventId), 'agenda:session.changed', { eventId, session });
    return session;
  }

  private async clashes(
    manager: EntityManager,
    event: EventEntity,
    sessionId: string,
    startsAt: Date,
    endsAt: Date,
    input: SessionInput,
    personIds: string[],
  ): Promise<FieldIssue[]> {
    const others = await manager.find(SessionEntity, {
      where: { eventId: event.id, id: Not(sessionId) },
      relations: { people: { person: true } },
    });
    const overlapping = others.filter((o) => o.startsAt < endsAt && startsAt < o.endsAt);
    const when = (o: SessionEntity) => {
      const from = wallClockOf(o.startsAt, event.timezone);
      return `"${o.title}" (${from.date} ${from.time}–${wallClockOf(o.endsAt, event.timezone).time})`;
    };
    const issues: FieldIssue[] = [];

    const slots = [
      { id: sessionId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), personIds },
      ...overlapping.map((o) => ({
        id: o.id,
        startsAt: o.startsAt.toISOString(),
        endsAt: o.endsAt.toISOString(),
        personIds: (o.people ?? []).map((p) => p.personId),
      })),
    ];
    const byId = new Map(overlapping.map((o) => [o.id, o]));
    const conflicts = findSpeakerConflicts(slots).filter((c) => c.sessionIds.includes(sessionId));
    // In the order the organiser listed the people, not in id order.
    for (const personId of personIds) {
      for (const conflict of conflicts.filter((c) => c.personId === personId)) {
        const other = byId.get(conflict.sessionIds.find((id) => id !== sessionId) as string);
        const person = other?.people?.find((p) => p.personId === personId)?.person;
        if (!other || !person) continue;
        issues.push({
          path: input.speakerIds.includes(personId) ? 'speakerIds' : 'moderatorIds',
          message: `${person.name} is already in ${when(other)}`,
        });
      }
    }
    if (input.room) {
      for (const other of overlapping.filter((o) => o.room === input.room)) {
        issues.push({ path: 'room', message: `${input.room} is taken by ${when(other)}` });
      }
    }
    return issues;
  }

  private async requireMembers(eventId: string, personIds: string[]): Promise<void> {
    const roles = await Promise.all(personIds.map((id) => this.access.rolesIn(id, eventId)));
    const unknown = personIds.filter((_, i) => roles[i]?.length === 0);
    if (unknown.length > 0) {
      throw HadirException.of('events.peopleNotInEvent', {}, [
        { path: 'speakerIds', message: `Not part of this event: ${unknown.join(', ')}` },
      ]);
    }
  }

  private async requireSessionIn(eventId: string, sessionId: string): Promise<void> {
    if (!(await this.sessions.existsBy({ id: sessionId, eventId }))) {
      throw HadirException.of('events.sessionNotInEvent');
    }
  }
}
