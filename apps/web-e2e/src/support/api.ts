import {
  type Badge,
  badgesResponseSchema,
  type CheckInRoster,
  checkInRosterSchema,
  type DemoPerson,
  demoPeopleResponseSchema,
  type EventAgenda,
  eventAgendaSchema,
  eventListResponseSchema,
  eventPeopleResponseSchema,
  type EventPerson,
  type EventSummary,
  sessionTokenResponseSchema,
} from '@hadir/contracts';

/** Reads what the product seeded, so the scenarios name real people and sessions. */
export async function fetchDemoPeople(
  url: string,
): Promise<{ eventId: string; people: DemoPerson[] }> {
  const response = await fetch(`${url}/api/demo/people`);
  if (!response.ok) throw new Error(`GET /api/demo/people: HTTP ${response.status}`);
  return demoPeopleResponseSchema.parse(await response.json());
}

export async function fetchAgenda(
  url: string,
  eventId: string,
  sessionToken: string,
): Promise<EventAgenda> {
  const response = await fetch(`${url}/api/events/${eventId}/agenda`, {
    headers: { Authorization: `Bearer ${sessionToken}` },
  });
  if (!response.ok) throw new Error(`GET agenda: HTTP ${response.status}`);
  return eventAgendaSchema.parse(await response.json());
}

/** "07:15–08:15" as a wall clock in `timeZone` reads, computed independently of the app's code. */
export function clockRange(startsAt: string, endsAt: string, timeZone: string): string {
  const clock = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${clock.format(new Date(startsAt))}–${clock.format(new Date(endsAt))}`;
}

async function getWithToken<T>(
  url: string,
  path: string,
  sessionToken: string,
  parse: (body: unknown) => T,
): Promise<T> {
  const response = await fetch(`${url}/api${path}`, {
    headers: { Authorization: `Bearer ${sessionToken}` },
  });
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
  return parse(await response.json());
}

/** The event's people as its organisers see them. */
export function fetchPeople(
  url: string,
  eventId: string,
  sessionToken: string,
): Promise<EventPerson[]> {
  return getWithToken(
    url,
    `/events/${eventId}/people`,
    sessionToken,
    (body) => eventPeopleResponseSchema.parse(body).people,
  );
}

export function fetchBadges(url: string, eventId: string, sessionToken: string): Promise<Badge[]> {
  return getWithToken(
    url,
    `/events/${eventId}/badges`,
    sessionToken,
    (body) => badgesResponseSchema.parse(body).badges,
  );
}

/** The events the person takes part in. */
export function fetchEvents(url: string, sessionToken: string): Promise<EventSummary[]> {
  return getWithToken(
    url,
    '/events',
    sessionToken,
    (body) => eventListResponseSchema.parse(body).events,
  );
}

/** A session token for the person, as their invitation link gives one. */
export async function redeemInvitation(url: string, invitationToken: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/invitations/redeem`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: invitationToken }),
  });
  if (!response.ok) throw new Error(`POST redeem: HTTP ${response.status}`);
  return sessionTokenResponseSchema.parse(await response.json()).token;
}

/** Today's door list as the server has it, with who was admitted. */
export function fetchRoster(
  url: string,
  eventId: string,
  sessionToken: string,
): Promise<CheckInRoster> {
  return getWithToken(url, `/events/${eventId}/check-ins/roster`, sessionToken, (body) =>
    checkInRosterSchema.parse(body),
  );
}
