import type { Request } from 'express';

/**
 * Where links that leave the app (calendars, a mail merge) point: the deployment's PUBLIC_URL,
 * else this server as the caller reached it (an embedded server on the hall's network).
 */
export function originOf(request: Request, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}
