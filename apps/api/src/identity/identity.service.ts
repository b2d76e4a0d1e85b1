import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type {
  DemoPeopleResponse,
  Me,
  Person,
  Role,
  SessionTokenResponse,
  UpdateProfileBody,
} from '@hadir/contracts';
import { IsNull, Repository } from 'typeorm';
import { HadirException } from '../common/hadir.exception';
import { EventRoleEntity } from './entities/event-role.entity';
import { InvitationEntity } from './entities/invitation.entity';
import { PersonEntity } from './entities/person.entity';
import { TokenService } from './token.service';

const ROLE_ORDER: readonly Role[] = [
  'organiser',
  'moderator',
  'facilitator',
  'speaker',
  'participant',
];

@Injectable()
export class IdentityService {
  constructor(
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    @InjectRepository(EventRoleEntity) private readonly roles: Repository<EventRoleEntity>,
    @InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>,
    private readonly tokens: TokenService,
  ) {}

  async redeemInvitation(token: string): Promise<SessionTokenResponse> {
    const invitationId = this.tokens.verifyInvitation(token);
    const invitation = await this.invitations.findOneBy({ id: invitationId, revokedAt: IsNull() });
    if (!invitation) {
      throw HadirException.of('auth.invitationWithdrawn');
    }
    await this.invitations.update(invitation.id, { lastUsedAt: new Date() });
    return {
      token: this.tokens.signSession({
        personId: invitation.personId,
        invitationId: invitation.id,
        eventId: invitation.eventId,
      }),
      me: await this.me(invitation.personId),
    };
  }

  async me(personId: string): Promise<Me> {
    const person = await this.people.findOneBy({ id: personId });
    if (!person) throw HadirException.of('common.signInAgain');
    const roles = await this.roles.find({ where: { personId } });
    return {
      ...toPerson(person),
      locale: person.locale,
      roles: roles.map(({ eventId, role }) => ({ eventId, role })),
    };
  }

  /** What a person may correct about themselves. */
  async updateProfile(personId: string, body: UpdateProfileBody): Promise<Me> {
    if (Object.keys(body).length > 0) await this.people.update(personId, body);
    return this.me(personId);
  }

  /** Everyone in the event with a fresh invitation token each: the demo's sign-in page. */
  async demoPeople(eventId: string): Promise<DemoPeopleResponse> {
    const invitations = await this.invitations.find({
      where: { eventId, revokedAt: IsNull() },
      relations: { person: true },
    });
    const roles = await this.roles.find({ where: { eventId } });
    const rolesByPerson = new Map<string, Role[]>();
    for (const { personId, role } of roles) {
      rolesByPerson.set(personId, [...(rolesByPerson.get(personId) ?? []), role]);
    }
    const people = invitations.flatMap((invitation) => {
      const person = invitation.person;
      const personRoles = rolesByPerson.get(invitation.personId);
      if (!person || !personRoles) return [];
      personRoles.sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
      return [
        {
          ...toPerson(person),
          roles: personRoles,
          invitationToken: this.tokens.signInvitation(invitation.id),
        },
      ];
    });
    people.sort((a, b) => rank(a.roles) - rank(b.roles) || a.name.localeCompare(b.name));
    return { eventId, people };
  }
}

/** People are listed under their most senior role. */
function rank(roles: readonly Role[]): number {
  return Math.min(...roles.map((role) => ROLE_ORDER.indexOf(role)));
}

export function toPerson(person: PersonEntity): Person {
  return {
    id: person.id,
    name: person.name,
    country: person.country,
    organisation: person.organisation,
    category: person.category,
    attendanceMode: person.attendanceMode,
    timezone: person.timezone,
  };
}
