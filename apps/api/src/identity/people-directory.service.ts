import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { BadgeEntity } from './entities/badge.entity';
import { EventRoleEntity } from './entities/event-role.entity';
import { PersonEntity } from './entities/person.entity';

/**
 * How other modules read people, their roles and their badges: identity owns those tables, so
 * the door, breakouts, chat and plans ask here instead of querying them. Callers check access.
 */
@Injectable()
export class PeopleDirectory {
  constructor(
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    @InjectRepository(EventRoleEntity) private readonly roles: Repository<EventRoleEntity>,
    @InjectRepository(BadgeEntity) private readonly badges: Repository<BadgeEntity>,
  ) {}

  /** The person, or null; only among the event's people when `eventId` is given. */
  person(personId: string, eventId?: string): Promise<PersonEntity | null> {
    return this.people.findOneBy(eventId ? { id: personId, eventId } : { id: personId });
  }

  async named(personIds: readonly string[]): Promise<Map<string, string>> {
    if (personIds.length === 0) return new Map();
    const found = await this.people.find({
      where: { id: In([...personIds]) },
      select: { id: true, name: true },
    });
    return new Map(found.map((person) => [person.id, person.name]));
  }

  /** Everyone who holds a role in the event, once each, by name. */
  membersOf(eventId: string): Promise<PersonEntity[]> {
    return this.people
      .createQueryBuilder('person')
      .innerJoin(
        EventRoleEntity,
        'role',
        'role.person_id = person.id AND role.event_id = :eventId',
        { eventId },
      )
      .distinct(true)
      .orderBy('person.name')
      .getMany();
  }

  /** The roles held in the event, each with its person. */
  rolesIn(eventId: string): Promise<EventRoleEntity[]> {
    return this.roles.find({ where: { eventId }, relations: { person: true } });
  }

  /** Which of these people hold a role in the event. */
  async inEvent(eventId: string, personIds: readonly string[]): Promise<Set<string>> {
    if (personIds.length === 0) return new Set();
    const found = await this.roles.find({
      where: { eventId, personId: In([...personIds]) },
      select: { personId: true },
    });
    return new Set(found.map((row) => row.personId));
  }

  /** The badge with this code in the event, with its holder, or null. */
  badge(eventId: string, code: string): Promise<BadgeEntity | null> {
    // A query builder rather than findOne: findOne with a relation issues two queries.
    return this.badges
      .createQueryBuilder('badge')
      .leftJoinAndSelect('badge.person', 'person')
      .where('badge.event_id = :eventId AND badge.code = :code', { eventId, code })
      .getOne();
  }

  /** Every badge issued in the event, revoked ones included. */
  badgesOf(eventId: string): Promise<BadgeEntity[]> {
    return this.badges.findBy({ eventId });
  }
}
