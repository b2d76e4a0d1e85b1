import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { HadirException } from '../common/hadir.exception';

type TokenKind = 'invitation' | 'session' | 'calendar';

interface TokenClaims {
  sub: string;
  typ: TokenKind;
  /** Session tokens: the invitation they came from, so that revoking it ends them. */
  inv?: string;
  /** Session tokens: the one event they act in. */
  evt?: string;
}

export interface SessionClaims {
  personId: string;
  invitationId: string;
  eventId: string;
}

/** Tokens signed before sessions named their event carry no `evt`. */
type SignedSession = Omit<SessionClaims, 'eventId'> & { eventId: string | null };

const SESSION_LIFETIME = '30d';

/**
 * Signed tokens: an invitation names an invitation row, a session names a person. The `typ` claim
 * keeps one kind from being accepted as the other.
 */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.jwt = new JwtService({ secret: config.secret, signOptions: { algorithm: 'HS256' } });
  }

  signInvitation(invitationId: string): string {
    return this.jwt.sign({ typ: 'invitation' }, { subject: invitationId });
  }

  signSession({ personId, invitationId, eventId }: SessionClaims): string {
    return this.jwt.sign(
      { typ: 'session', inv: invitationId, evt: eventId },
      { subject: personId, expiresIn: SESSION_LIFETIME },
    );
  }

  /**
   * A calendar subscription's link: names its feed row, and lasts until that row is revoked.
   * Without a timestamp, so the same subscription always shows the same link.
   */
  signCalendar(feedId: string): string {
    return this.jwt.sign({ typ: 'calendar' }, { subject: feedId, noTimestamp: true });
  }

  /** @returns the feed id */
  verifyCalendar(token: string): string {
    return this.verify(token, 'calendar', 'calendar.feedTurnedOff').sub;
  }

  /** @returns the invitation id */
  verifyInvitation(token: string): string {
    return this.verify(token, 'invitation', 'auth.invitationLinkInvalid').sub;
  }

  /** Checks the signature only; `AccessService.requireSession` also checks the invitation. */
  verifySession(token: string): SignedSession {
    const claims = this.verify(token, 'session', 'common.signInAgain');
    if (typeof claims.inv !== 'string') throw HadirException.of('common.signInAgain');
    return {
      personId: claims.sub,
      invitationId: claims.inv,
      eventId: typeof claims.evt === 'string' ? claims.evt : null,
    };
  }

  private verify(
    token: string,
    kind: TokenKind,
    reason: 'auth.invitationLinkInvalid' | 'common.signInAgain' | 'calendar.feedTurnedOff',
  ): TokenClaims {
    let claims: TokenClaims;
    try {
      claims = this.jwt.verify<TokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      throw HadirException.of(reason);
    }
    if (claims.typ !== kind || typeof claims.sub !== 'string') {
      throw HadirException.of(reason);
    }
    return claims;
  }
}
