import { Injectable } from '@nestjs/common';
import { STAFF_ROLES } from '@hadir/contracts';
import { HadirException } from '../common/hadir.exception';
import { EventsService } from '../events/events.service';
import { AccessService } from '../identity/access.service';

export interface SessionAccess {
  eventId: string;
  staff: boolean;
}

/** Who may do what in one session: its event's members take part, its staff run it. */
@Injectable()
export class SessionAccessService {
  constructor(
    private readonly access: AccessService,
    private readonly events: EventsService,
  ) {}

  async member(personId: string, sessionId: string): Promise<SessionAccess> {
    const eventId = await this.events.eventOfSession(sessionId);
    const roles = await this.access.requireMember(personId, eventId);
    return { eventId, staff: roles.some((role) => STAFF_ROLES.includes(role)) };
  }

  async staff(personId: string, sessionId: string): Promise<SessionAccess> {
    const access = await this.member(personId, sessionId);
    if (!access.staff) {
      throw HadirException.forbidden("Only the session's moderators and organisers may do this");
    }
    return access;
  }
}
