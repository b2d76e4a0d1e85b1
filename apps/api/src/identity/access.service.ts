import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Role } from '@hadir/contracts';
import { IsNull, Repository } from 'typeorm';
import { HadirException } from '../common/hadir.exception';
import { EventRoleEntity } from './entities/event-role.entity';
import { InvitationEntity } from './entities/invitation.entity';
import { PersonEntity } from './entities/person.entity';
import { type SessionClaims, TokenService } from './token.service';

/** Who may do what in an event. Every route and live handler asks here before acting. */
@Injectable()
export class AccessService {
  constructor(
    @InjectRepository(EventRoleEntity) private readonly roles: Repository<EventRoleEntity>,
    @InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>,
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    private readonly tokens: TokenService,
  ) {}

  /**
   * A session is good while its signature holds and the invitation it came from, of that person,
   * has not been revoked, so revoking a link ends every session opened with it. The invitation
   * fixes the one event the session acts in; a token naming another event is refused.
   */
  async requireSession(token: string): Promise<SessionClaims> {
    const session = this.tokens.verifySession(token);
    const invitation = await this.invitations.findOne({
      where: { id: session.invitationId, personId: session.personId, revokedAt: IsNull() },
      select: { eventId: true },
    });
    if (!invitation || (session.eventId !== null && session.eventId !== invitation.eventId)) {
      throw HadirException.of('auth.yourInvitationWithdrawn');
    }
    return { ...session, eventId: invitation.eventId };
  }

  /** Whether a session that came from this invitation may still act. */
  async invitationActive(personId: string, invitationId: string): Promise<boolean> {
    return this.invitations.exists({ where: { id: invitationId, personId, revokedAt: IsNull() } });
  }

  async nameOf(personId: string): Promise<string> {
    const person = await this.people.findOne({ where: { id: personId }, select: { name: true } });
    return person?.name ?? '';
  }

  async rolesIn(personId: string, eventId: string): Promise<Role[]> {
    const rows = await this.roles.find({ where: { personId, eventId }, select: { role: true } });
    return rows.map((row) => row.role);
  }

  /** The one event the person's identity belongs to; null for an unknown id. */
  async eventOf(personId: string): Promise<string | null> {
    const person = await this.people.findOne({
      where: { id: personId },
      select: { eventId: true },
    });
    return person?.eventId ?? null;
  }

  /** @returns the person's roles in the event; throws when they have none. */
  async requireMember(personId: string, eventId: string): Promise<Role[]> {
    const roles = await this.rolesIn(personId, eventId);
    if (roles.length === 0) throw HadirException.of('auth.notInEvent');
    return roles;
  }

  async requireRole(personId: string, eventId: string, allowed: readonly Role[]): Promise<Role[]> {
    const roles = await this.requireMember(personId, eventId);
    if (!roles.some((role) => allowed.includes(role))) {
      throw HadirException.of('auth.roleRequired', { roles: allowed.join(', ') });
    }
    return roles;
  }
}
