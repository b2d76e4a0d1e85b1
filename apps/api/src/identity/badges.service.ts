import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Badge, type Role, STAFF_ROLES } from '@hadir/contracts';
import { type EntityManager, In, IsNull, Repository } from 'typeorm';
import { AccessService } from './access.service';
import { BadgeEntity } from './entities/badge.entity';
import { EventRoleEntity } from './entities/event-role.entity';
import { PersonEntity } from './entities/person.entity';

/** Crockford's base 32: no I, L, O or U, so a code read aloud or typed is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 12;

export function newBadgeCode(): string {
  const bytes = randomBytes(CODE_LENGTH);
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte % 32];
  return code;
}

@Injectable()
export class BadgesService {
  constructor(
    @InjectRepository(BadgeEntity) private readonly badges: Repository<BadgeEntity>,
    @InjectRepository(EventRoleEntity) private readonly roles: Repository<EventRoleEntity>,
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    private readonly access: AccessService,
  ) {}

  async list(actorId: string, eventId: string): Promise<Badge[]> {
    await this.access.requireRole(actorId, eventId, STAFF_ROLES);
    const roleRows = await this.roles.find({ where: { eventId } });
    const personIds = [...new Set(roleRows.map((r) => r.personId))];
    await this.badges.manager.transaction((manager) => this.ensure(manager, eventId, personIds));
    const [people, badges] = await Promise.all([
      this.people.findBy({ id: In(personIds) }),
      this.badges.findBy({ eventId, revokedAt: IsNull() }),
    ]);
    const codeOf = new Map(badges.map((b) => [b.personId, b.code]));
    const rolesOf = groupRoles(roleRows);
    return people
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((person) => ({
        personId: person.id,
        name: person.name,
        country: person.country,
        organisation: person.organisation,
        category: person.category,
        attendanceMode: person.attendanceMode,
        roles: rolesOf.get(person.id) ?? [],
        code: codeOf.get(person.id) ?? '',
      }));
  }

  /** A lost badge: the old code stops working, the person gets a new one. */
  async reissue(actorId: string, eventId: string, personId: string): Promise<string> {
    await this.access.requireRole(actorId, eventId, ['organiser', 'facilitator']);
    await this.access.requireMember(personId, eventId);
    return this.badges.manager.transaction(async (manager) => {
      await manager.update(
        BadgeEntity,
        { eventId, personId, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      const [code] = await this.ensure(manager, eventId, [personId]);
      return code;
    });
  }

  /** Gives each person an active badge code in the event unless they have one; idempotent. */
  async ensure(
    manager: EntityManager,
    eventId: string,
    personIds: readonly string[],
  ): Promise<string[]> {
    if (personIds.length === 0) return [];
    const existing = await manager.findBy(BadgeEntity, {
      eventId,
      personId: In([...personIds]),
      revokedAt: IsNull(),
    });
    const codeOf = new Map(existing.map((b) => [b.personId, b.code]));
    const missing = personIds.filter((id) => !codeOf.has(id));
    const created = missing.map((personId) => ({
      id: randomUUID(),
      code: newBadgeCode(),
      eventId,
      personId,
      createdAt: new Date(),
      revokedAt: null,
    }));
    if (created.length > 0) await manager.insert(BadgeEntity, created);
    for (const badge of created) codeOf.set(badge.personId, badge.code);
    return personIds.map((id) => codeOf.get(id) as string);
  }
}

export function groupRoles(rows: readonly EventRoleEntity[]): Map<string, Role[]> {
  const grouped = new Map<string, Role[]>();
  for (const { personId, role } of rows)
    grouped.set(personId, [...(grouped.get(personId) ?? []), role]);
  return grouped;
}
