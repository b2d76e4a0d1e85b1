import { createHmac } from 'node:crypto';
import type { IceServer } from '@hadir/contracts';
import type { TurnConfig } from '../config/config';

/**
 * Credentials in the TURN REST API convention that coturn's `use-auth-secret` checks: the user
 * name is the expiry time and who it is for, the password an HMAC of it under the shared secret.
 * A relay then needs no list of users, and a leaked pair stops working by itself.
 */
export function turnCredentials(turn: TurnConfig, personId: string, now = Date.now()): IceServer {
  const expiresAt = Math.floor(now / 1000) + turn.ttlSeconds;
  const username = `${expiresAt}:${personId}`;
  const credential = createHmac('sha1', turn.secret).update(username).digest('base64');
  return { urls: turn.urls, username, credential };
}
