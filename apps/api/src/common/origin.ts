import type { Request } from 'express';

/** This server as the caller reached it, for links that must work outside the app (calendars, mail merge). */
export function originOf(request: Request): string {
  return `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}
