import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type CreatePersonBody,
  type EventPerson,
  type ImportReport,
  type ImportRow,
  type ImportRowStatus,
  type PersonInput,
  type Role,
  STAFF_ROLES,
  type UpdatePersonBody,
} from '@hadir/contracts';
import { csvTable, readPeopleCsv } from '@hadir/domain';
import { type EntityManager, In, IsNull, Repository } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { HadirException } from '../common/hadir.exception';
import { AccessService } from './access.service';
import { BadgesService, groupRoles } from './badges.service';
import { BadgeEntity } from './entities/badge.entity';
import { EventRoleEntity } from './entities/event-role.entity';
import { InvitationEntity } from './entities/invitation.entity';
import { PersonEntity } from './entities/person.entity';
import { toPerson } from './identity.service';
import { InvitationsService } from './invitations.service';

const EDITABLE: readonly (keyof PersonInput)[] = [
  'name',
  'email',
  'country',
  'organisation',
  'category',
  'attendanceMode',
  'locale',
  'timezone',
];

/** The organisers' side of people: the list, adding and editing, roles and the CSV import. */
@Injectable()
export class PeopleService {
  constructor(
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    @InjectRepository(EventRoleEntity) private readonly roles: Repository<EventRoleEntity>,
    private readonly access: AccessService,
    private readonly badges: BadgesService,
    private readonly invitations: InvitationsService,
  ) {}

  async list(actorId: string, eventId: string): Promise<EventPerson[]> {
    await this.access.requireRole(actorId, eventId, STAFF_ROLES);
    return this.describe(eventId);
  }

  /**
   * Everyone's invitation link as a spreadsheet, for a mail merge: organisers only, since each
   * link signs its person in. Cells are safe against formulas; UTF-8 with a BOM for Excel.
   */
  async invitationsCsv(actorId: string, eventId: string, origin: string): Promise<string> {
    await this.access.requireRole(actorId, eventId, ['organiser']);
    const [people, links] = await Promise.all([
      this.describe(eventId),
      this.invitations.activeLinks(eventId),
    ]);
    return csvTable(
      ['Name', 'Email', 'Country', 'Language', 'Roles', 'Invitation link'],
      people.map((person) => {
        const link = links.get(person.id);
        return [
          person.name,
          person.email ?? '',
          person.country,
          person.locale,
          person.roles.join(' '),
          link ? `${origin}${link.path}` : '',
        ];
      }),
    );
  }

  /** The organisers' view of everyone in the event, or of one person in it. */
  private async describe(eventId: string, onlyPersonId?: string): Promise<EventPerson[]> {
    const scope = onlyPersonId ? { eventId, personId: onlyPersonId } : { eventId };
    const roleRows = await this.roles.find({ where: scope });
    const personIds = [...new Set(roleRows.map((r) => r.personId))];
    if (personIds.length === 0) return [];
    const manager = this.people.manager;
    const [people, badges, invitations] = await Promise.all([
      this.people.find({ where: { id: In(personIds) }, order: { name: 'ASC' } }),
      manager.findBy(BadgeEntity, { ...scope, revokedAt: IsNull() }),
      manager.find(InvitationEntity, { where: scope, order: { createdAt: 'ASC' } }),
    ]);
    const rolesOf = groupRoles(roleRows);
    const badgeOf = new Map(badges.map((b) => [b.personId, b.code]));
    const latestInvitation = new Map(invitations.map((i) => [i.personId, i]));
    return people.map((person) => {
      const invitation = latestInvitation.get(person.id);
      return {
        ...toPerson(person),
        email: person.email,
        locale: person.locale,
        roles: rolesOf.get(person.id) ?? [],
        invitation: !invitation ? 'none' : invitation.revokedAt ? 'revoked' : 'active',
        invitationLastUsedAt: invitation?.lastUsedAt?.toISOString() ?? null,
        badgeCode: badgeOf.get(person.id) ?? null,
      };
    });
  }

  /**
   * Adds a person to the event. Idempotent on the client's id. The e-mail is matched within this
   * event only: someone with the same address in another event becomes a new person here, and
   * nothing of theirs there is read or handed out.
   */
  async create(actorId: string, eventId: string, body: CreatePersonBody): Promise<EventPerson> {
    await this.access.requireRole(actorId, eventId, ['organiser']);
    const { id, roles, ...input } = body;
    await this.people.manager.transaction(async (manager) => {
      const byId = await manager.findOneBy(PersonEntity, { id });
      if (byId) {
        if (byId.eventId !== eventId) {
          throw HadirException.of('people.idTaken');
        }
        return;
      }
      const byEmail = await manager.findOneBy(PersonEntity, { eventId, email: input.email });
      if (byEmail) {
        throw HadirException.of('people.alreadyInEvent', { email: input.email }, [
          { path: 'email', message: `${byEmail.name} already uses this e-mail address` },
        ]);
      }
      await manager.insert(PersonEntity, { ...input, id, eventId, createdAt: new Date() });
      await this.join(manager, eventId, id, roles);
    });
    return this.one(eventId, id);
  }

  async update(
    actorId: string,
    eventId: string,
    personId: string,
    body: UpdatePersonBody,
  ): Promise<EventPerson> {
    await this.access.requireRole(actorId, eventId, ['organiser']);
    await this.access.requireMember(personId, eventId);
    if (body.email) {
      const owner = await this.people.findOneBy({ eventId, email: body.email });
      if (owner && owner.id !== personId) {
        throw HadirException.of('people.emailTaken', {}, [
          { path: 'email', message: `${owner.name} already uses this e-mail address` },
        ]);
      }
    }
    if (Object.keys(body).length > 0) await this.people.update(personId, body);
    return this.one(eventId, personId);
  }

  async setRoles(
    actorId: string,
    eventId: string,
    personId: string,
    roles: Role[],
  ): Promise<EventPerson> {
    await this.access.requireRole(actorId, eventId, ['organiser']);
    await this.access.requireMember(personId, eventId);
    await this.roles.manager.transaction(async (manager) => {
      await manager.delete(EventRoleEntity, { eventId, personId });
      await manager.insert(
        EventRoleEntity,
        [...new Set(roles)].map((role) => ({ id: randomUUID(), eventId, personId, role })),
      );
      const organisers = await manager.countBy(EventRoleEntity, { eventId, role: 'organiser' });
      if (organisers === 0) {
        throw HadirException.of('people.lastOrganiser', {}, [
          { path: 'roles', message: 'Keep the organiser role or give it to someone else first' },
        ]);
      }
    });
    return this.one(eventId, personId);
  }

  /**
   * Reads a people CSV and reports, row by row, what importing it would do. With `apply` it also
   * does it, for the valid rows only, in one transaction. Rows are matched on e-mail, so importing
   * the same file again changes nothing. `timeZoneOf` is asked once the organiser is known: the
   * event's zone places in-person attendees who name none.
   */
  async import(
    actorId: string,
    eventId: string,
    { csv, apply }: { csv: string; apply: boolean },
    timeZoneOf: (eventId: string) => Promise<string>,
  ): Promise<ImportReport> {
    await this.access.requireRole(actorId, eventId, ['organiser']);
    const { rows: parsed, fileErrors } = readPeopleCsv(csv, await timeZoneOf(eventId));
    if (fileErrors.length > 0) {
      throw HadirException.of(
        'people.unreadableFile',
        { problem: fileErrors[0]?.message ?? 'Unreadable file' },
        fileErrors,
      );
    }

    return this.people.manager.transaction(async (manager) => {
      const emails = parsed.flatMap((row) => (row.person ? [row.person.email] : []));
      const existing = emails.length
        ? await manager.findBy(PersonEntity, { eventId, email: In(emails) })
        : [];
      const byEmail = new Map(existing.map((p) => [p.email, p]));
      const members = new Set(
        (await manager.findBy(EventRoleEntity, { eventId })).map((r) => r.personId),
      );

      const rows: ImportRow[] = [];
      for (const row of parsed) {
        const { person } = row;
        if (!person) {
          rows.push({
            line: row.line,
            status: 'error',
            name: row.name,
            email: row.email,
            errors: row.errors,
          });
          continue;
        }
        const current = byEmail.get(person.email);
        const changed = current ? EDITABLE.filter((field) => current[field] !== person[field]) : [];
        const status: ImportRowStatus =
          !current || !members.has(current.id)
            ? 'new'
            : changed.length > 0
              ? 'updated'
              : 'unchanged';
        rows.push({ line: row.line, status, name: person.name, email: person.email, errors: [] });
        if (!apply) continue;
        if (!current) {
          const id = randomUUID();
          await manager.insert(PersonEntity, { ...person, id, eventId, createdAt: new Date() });
          await this.join(manager, eventId, id, ['participant']);
        } else {
          if (changed.length > 0) await manager.update(PersonEntity, current.id, person);
          if (!members.has(current.id))
            await this.join(manager, eventId, current.id, ['participant']);
        }
      }
      const counts = { new: 0, updated: 0, unchanged: 0, error: 0 };
      for (const row of rows) counts[row.status]++;
      return { applied: apply, rows, counts };
    });
  }

  /**
   * Puts a person into an event with these roles, inside the caller's transaction: the event's
   * person with this e-mail, or a new one. For callers that have already checked who may do this
   * (the event import).
   */
  async enrol(
    manager: EntityManager,
    eventId: string,
    input: PersonInput,
    roles: Role[],
  ): Promise<string> {
    const existing = await manager.findOneBy(PersonEntity, { eventId, email: input.email });
    const personId = existing?.id ?? randomUUID();
    if (!existing)
      await manager.insert(PersonEntity, {
        ...input,
        id: personId,
        eventId,
        createdAt: new Date(),
      });
    await this.join(manager, eventId, personId, roles);
    return personId;
  }

  /**
   * The person's profile copied into another event with these roles, inside the caller's
   * transaction: the one way someone comes to be in two events, as two people.
   */
  async enrolCopyOf(
    manager: EntityManager,
    eventId: string,
    personId: string,
    roles: Role[],
  ): Promise<string> {
    const person = await manager.findOneByOrFail(PersonEntity, { id: personId });
    const profile: Omit<PersonInput, 'email'> = {
      name: person.name,
      country: person.country,
      organisation: person.organisation,
      category: person.category,
      attendanceMode: person.attendanceMode,
      locale: person.locale,
      timezone: person.timezone,
    };
    if (person.email) {
      return this.enrol(manager, eventId, { ...profile, email: person.email }, roles);
    }
    const copyId = randomUUID();
    await manager.insert(PersonEntity, {
      ...profile,
      email: null,
      id: copyId,
      eventId,
      createdAt: new Date(),
    });
    await this.join(manager, eventId, copyId, roles);
    return copyId;
  }

  /**
   * Adds the roles the person does not hold yet, and their invitation and badge. A person only
   * ever joins the event their identity belongs to.
   */
  private async join(
    manager: EntityManager,
    eventId: string,
    personId: string,
    roles: Role[],
  ): Promise<void> {
    if (!(await manager.existsBy(PersonEntity, { id: personId, eventId }))) {
      throw HadirException.of('people.otherEvent');
    }
    const held = new Set(
      (await manager.findBy(EventRoleEntity, { eventId, personId })).map((r) => r.role),
    );
    const missing = [...new Set(roles)].filter((role) => !held.has(role));
    if (missing.length > 0) {
      await manager.insert(
        EventRoleEntity,
        missing.map((role) => ({ id: randomUUID(), eventId, personId, role })),
      );
    }
    await this.invitations.ensure(manager, eventId, personId);
    await this.badges.ensure(manager, eventId, [personId]);
  }

  /** Callers have checked the actor's role already. */
  private async one(eventId: string, personId: string): Promise<EventPerson> {
    const [person] = await this.describe(eventId, personId);
    if (!person) throw HadirException.of('events.personNotInEvent');
    return person;
  }
}
