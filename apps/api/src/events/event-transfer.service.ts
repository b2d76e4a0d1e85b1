import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  EVENT_EXPORT_FORMAT,
  type EventExport,
  type ImportedEvent,
  type ImportEventBody,
  STAFF_ROLES,
} from '@hadir/contracts';
import { addDays, daysBetween, instantOf, wallClockOf } from '@hadir/domain';
import { Repository } from 'typeorm';
import { HadirException } from '../common/hadir.exception';
import { AccessService } from '../identity/access.service';
import { InvitationsService } from '../identity/invitations.service';
import { PeopleService } from '../identity/people.service';
import { EventEntity } from './entities/event.entity';
import { SessionPersonEntity } from './entities/session-person.entity';
import { SessionEntity } from './entities/session.entity';
import { EventsService } from './events.service';

/** A whole event to a file and back, so that an organiser can start from last year's programme. */
@Injectable()
export class EventTransferService {
  constructor(
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
    private readonly access: AccessService,
    private readonly agenda: EventsService,
    private readonly people: PeopleService,
    private readonly invitations: InvitationsService,
  ) {}

  async export(actorId: string, eventId: string): Promise<EventExport> {
    await this.access.requireRole(actorId, eventId, ['organiser']);
    const [{ event, sessions }, people] = await Promise.all([
      this.agenda.agenda(actorId, eventId),
      this.people.list(actorId, eventId),
    ]);
    const emailOf = new Map(people.map((p) => [p.id, p.email ?? '']));
    const emails = (ids: { id: string }[]) =>
      ids.map((p) => emailOf.get(p.id) ?? '').filter(Boolean);
    return {
      format: EVENT_EXPORT_FORMAT,
      exportedAt: new Date().toISOString(),
      event: {
        slug: event.slug,
        title: event.title,
        description: event.description,
        timezone: event.timezone,
        startDate: event.startDate,
        endDate: event.endDate,
        venue: event.venue,
      },
      people: people
        .filter((p) => p.email)
        .map((p) => ({
          name: p.name,
          email: p.email as string,
          country: p.country,
          organisation: p.organisation,
          category: p.category,
          attendanceMode: p.attendanceMode,
          locale: p.locale,
          timezone: p.timezone,
          roles: p.roles,
        })),
      sessions: sessions.map((session) => {
        const start = wallClockOf(new Date(session.startsAt), event.timezone);
        return {
          day: daysBetween(event.startDate, start.date) + 1,
          startTime: start.time,
          endTime: wallClockOf(new Date(session.endsAt), event.timezone).time,
          title: session.title,
          description: session.description,
          kind: session.kind,
          room: session.room,
          streamed: session.streamed,
          speakerEmails: emails(session.speakers),
          moderatorEmails: emails(session.moderators),
        };
      }),
    };
  }

  /**
   * Creates a new event from a file, on new dates. Only an organiser of an event here may. The
   * importer becomes the new event's organiser as a person of that event, with a link of its own.
   */
  async import(actorId: string, body: ImportEventBody): Promise<ImportedEvent> {
    const actorEventId = await this.access.eventOf(actorId);
    if (!actorEventId) throw HadirException.of('events.onlyOrganisersCreateEvents');
    await this.access.requireRole(actorId, actorEventId, ['organiser']);
    if (await this.events.existsBy({ slug: body.slug })) {
      throw HadirException.of('events.shortNameTaken', {}, [
        { path: 'slug', message: `Another event already uses "${body.slug}"` },
      ]);
    }
    const { file } = body;
    const lastDay = daysBetween(file.event.startDate, file.event.endDate);
    const speakerEmails = new Set(
      file.sessions.flatMap((s) => [...s.speakerEmails, ...s.moderatorEmails]),
    );
    const people = file.people.filter(
      (p) =>
        body.people === 'all' ||
        speakerEmails.has(p.email) ||
        p.roles.some((role) => role === 'speaker' || STAFF_ROLES.includes(role)),
    );
    const eventId = randomUUID();

    const organiserId = await this.events.manager.transaction(async (manager) => {
      await manager.insert(EventEntity, {
        ...file.event,
        id: eventId,
        slug: body.slug,
        title: body.title,
        startDate: body.startDate,
        endDate: addDays(body.startDate, lastDay),
        createdAt: new Date(),
      });
      const idOf = new Map<string, string>();
      for (const { roles, ...person } of people) {
        idOf.set(person.email, await this.people.enrol(manager, eventId, person, roles));
      }
      const organiserId = await this.people.enrolCopyOf(manager, eventId, actorId, ['organiser']);

      for (const [index, session] of file.sessions.entries()) {
        if (session.day > lastDay + 1) {
          throw HadirException.of('events.sessionAfterLastDay', {}, [
            {
              path: `file.sessions.${index}.day`,
              message: `"${session.title}" is on day ${session.day}`,
            },
          ]);
        }
        const date = addDays(body.startDate, session.day - 1);
        const id = randomUUID();
        await manager.insert(SessionEntity, {
          id,
          eventId,
          title: session.title,
          description: session.description,
          kind: session.kind,
          startsAt: instantOf(date, session.startTime, file.event.timezone),
          endsAt: instantOf(date, session.endTime, file.event.timezone),
          room: session.room,
          streamed: session.streamed,
        });
        const link = (emails: string[], role: 'speaker' | 'moderator') =>
          emails.flatMap((email, position) => {
            const personId = idOf.get(email);
            return personId ? [{ sessionId: id, personId, role, position }] : [];
          });
        const rows = [
          ...link(session.speakerEmails, 'speaker'),
          ...link(session.moderatorEmails, 'moderator'),
        ];
        if (rows.length > 0) await manager.insert(SessionPersonEntity, rows);
      }
      return organiserId;
    });
    const [event] = await this.agenda.listFor(organiserId);
    if (!event) throw new Error('The imported event is not listed for its organiser');
    return { event, invitation: await this.invitations.linkFor(eventId, organiserId) };
  }
}
