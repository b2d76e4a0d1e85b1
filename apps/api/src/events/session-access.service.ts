import { Injectable } from '@nestjs/common';
import { STAFF_ROLES } from '@hadir/contracts';
import { HadirException } from '../common/hadir.exception';
import { EventsService } from './events.service';
import { AccessService } from '../identity/access.service';

export interface SessionAccess {
  eventId: string;
  staff: boolean;
  /** Staff and speakers: they may publish live media without an invitation to the stage. */
  publisher: boolean;
}

/** Who may do what in one session: its event's members take part, its staff run it. */
const MEMBER_CACHE_MS = 5000;
/** Past this many entries the cache starts over rather than grow with every visitor. */
const MEMBERS_CACHED = 50_000;

@Injectable()
export class SessionAccessService {
  private readonly members = new Map<string, { access: SessionAccess; until: number }>();

  constructor(
    private readonly access: AccessService,
    private readonly events: EventsService,
  ) {}

  /**
   * A session's audience acts several times a minute (votes, answers, reactions), and neither a
   * session's event nor a person's roles change between those: a confirmed membership is
   * trusted for a few seconds, so a role taken away reaches the session at most that late.
   */
  async member(personId: string, sessionId: string): Promise<SessionAccess> {
    const key = `${personId}:${sessionId}`;
    const cached = this.members.get(key);
    if (cached && cached.until > Date.now()) return cached.access;
    const eventId = await this.events.eventOfSession(sessionId);
    const roles = await this.access.requireMember(personId, eventId);
    const staff = roles.some((role) => STAFF_ROLES.includes(role));
    const access = { eventId, staff, publisher: staff || roles.includes('speaker') };
    if (this.members.size >= MEMBERS_CACHED) this.members.clear();
    this.members.set(key, { access, until: Date.now() + MEMBER_CACHE_MS });
    return access;
  }

  async staff(personId: string, sessionId: string): Promise<SessionAccess> {
    const access = await this.member(personId, sessionId);
    if (!access.staff) {
      throw HadirException.of('common.sessionStaffOnly');
    }
    return access;
  }
}
