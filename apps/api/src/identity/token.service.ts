import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { HadirException } from '../common/hadir.exception';

type TokenKind = 'invitation' | 'session';

interface TokenClaims {
  sub: string;
  typ: TokenKind;
  /** Session tokens: the invitation they came from, so that revoking it ends them. */
  inv?: string;
  /** Session tokens: the one event they act in. */
  evt?: string;
}

export interface VerifiedSession {
  personId: string;
  invitationId: string;
  eventId: string;
}

const SESSION_LIFETIME = '30d';
const SESSION_MESSAGE = 'Sign in again: your session is missing or has expired';

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

  signSession({ personId, invitationId, eventId }: VerifiedSession): string {
    return this.jwt.sign(
      { typ: 'session', inv: invitationId, evt: eventId },
      { subject: personId, expiresIn: SESSION_LIFETIME },
    );
  }

  /** @returns the invitation id */
  verifyInvitation(token: string): string {
    return this.verify(token, 'invitation', 'This invitation link is not valid').sub;
  }

  /** Checks the signature only; `AccessService.requireSession` also checks the invitation. */
  verifySession(token: string): VerifiedSession {
    const claims = this.verify(token, 'session', SESSION_MESSAGE);
    // A token from before sessions named their event may have been issued for another event's
    // person through a shared e-mail address: it is not honoured.
    if (typeof claims.inv !== 'string' || typeof claims.evt !== 'string') {
      throw HadirException.unauthenticated(SESSION_MESSAGE);
    }
    return { personId: claims.sub, invitationId: claims.inv, eventId: claims.evt };
  }

  private verify(token: string, kind: TokenKind, message: string): TokenClaims {
    let claims: TokenClaims;
    try {
      claims = this.jwt.verify<TokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      throw HadirException.unauthenticated(message);
    }
    if (claims.typ !== kind || typeof claims.sub !== 'string') {
      throw HadirException.unauthenticated(message);
    }
    return claims;
  }
}
