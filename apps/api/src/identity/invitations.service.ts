import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type InvitationLink } from '@hadir/contracts';
import { type EntityManager, IsNull, Repository } from 'typeorm';
import { HadirException } from '../common/hadir.exception';
import { LiveEmitter } from '../realtime/live-emitter.service';
import { AccessService } from './access.service';
import { InvitationEntity } from './entities/invitation.entity';
import { TokenService } from './token.service';

@Injectable()
export class InvitationsService {
  private readonly logger = new Logger(InvitationsService.name);

  constructor(
    @InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>,
    private readonly access: AccessService,
    private readonly tokens: TokenService,
    private readonly live: LiveEmitter,
  ) {}

  /** The person's current link, for the organiser to copy or print as a QR code. */
  async current(actorId: string, eventId: string, personId: string): Promise<InvitationLink> {
    await this.access.requireRole(actorId, eventId, ['organiser']);
    const invitation = await this.invitations.findOne({
      where: { eventId, personId, revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
    if (!invitation) throw HadirException.of('people.noActiveInvitation');
    return this.link(invitation);
  }

  /** The person's current link, for a caller that has checked who may have it. */
  async linkFor(eventId: string, personId: string): Promise<InvitationLink> {
    const invitation = await this.invitations.findOneByOrFail({
      eventId,
      personId,
      revokedAt: IsNull(),
    });
    return this.link(invitation);
  }

  /** Every active link of the event, by person: the latest where someone has several. */
  async activeLinks(eventId: string): Promise<Map<string, InvitationLink>> {
    const active = await this.invitations.find({
      where: { eventId, revokedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    return new Map(active.map((invitation) => [invitation.personId, this.link(invitation)]));
  }

  /** Issues a new link and revokes the old ones (a link that leaked, or was lost). */
  async reissue(actorId: string, eventId: string, personId: string): Promise<InvitationLink> {
    await this.access.requireRole(actorId, eventId, ['organiser']);
    await this.access.requireMember(personId, eventId);
    const revokedIds = await this.revokeActive(eventId, personId);
    const invitation = await this.invitations.manager.transaction((manager) =>
      this.ensure(manager, eventId, personId),
    );
    await this.disconnect(personId, revokedIds);
    return this.link(invitation);
  }

  /** The link stops working at once, also for sessions and sockets opened with it. */
  async revoke(actorId: string, eventId: string, personId: string): Promise<void> {
    await this.access.requireRole(actorId, eventId, ['organiser']);
    if (actorId === personId) {
      throw HadirException.of('people.ownInvitation');
    }
    const revokedIds = await this.revokeActive(eventId, personId);
    if (revokedIds.length === 0) throw HadirException.of('people.nothingToRevoke');
    await this.disconnect(personId, revokedIds);
  }

  /** An active invitation for the person in the event, created unless there is one. */
  async ensure(
    manager: EntityManager,
    eventId: string,
    personId: string,
  ): Promise<InvitationEntity> {
    const existing = await manager.findOneBy(InvitationEntity, {
      eventId,
      personId,
      revokedAt: IsNull(),
    });
    if (existing) return existing;
    const invitation = manager.create(InvitationEntity, {
      id: randomUUID(),
      eventId,
      personId,
      createdAt: new Date(),
      revokedAt: null,
      lastUsedAt: null,
    });
    await manager.insert(InvitationEntity, invitation);
    return invitation;
  }

  private async revokeActive(eventId: string, personId: string): Promise<string[]> {
    const active = await this.invitations.findBy({ eventId, personId, revokedAt: IsNull() });
    if (active.length > 0) {
      await this.invitations.update(
        active.map((i) => i.id),
        { revokedAt: new Date() },
      );
    }
    return active.map((i) => i.id);
  }

  private async disconnect(personId: string, invitationIds: string[]): Promise<void> {
    if (invitationIds.length === 0) return;
    const count = await this.live.disconnectInvitations(personId, invitationIds);
    if (count > 0)
      this.logger.log(`Disconnected ${count} live connection(s) after revoking an invitation`);
  }

  private link(invitation: InvitationEntity): InvitationLink {
    return {
      personId: invitation.personId,
      path: `/join?token=${encodeURIComponent(this.tokens.signInvitation(invitation.id))}`,
      issuedAt: invitation.createdAt.toISOString(),
    };
  }
}
