import type {
  DemoPeopleResponse,
  LiveClientToServerEvents,
  LiveServerToClientEvents,
  SessionTokenResponse,
} from '@hadir/contracts';
import { io, type Socket } from 'socket.io-client';

export type LiveClient = Socket<LiveServerToClientEvents, LiveClientToServerEvents>;

export async function api(
  url: string,
  token: string,
  path: string,
  body?: object,
): Promise<unknown> {
  const response = await fetch(`${url}/api${path}`, {
    method: body ? 'POST' : 'GET',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** A session token for each demo person whose roles pass `filter`. */
export async function signInDemo(
  url: string,
  filter: (roles: string[]) => boolean,
): Promise<{ eventId: string; people: { id: string; token: string }[] }> {
  const demo = (await api(url, '', '/demo/people')) as DemoPeopleResponse;
  const people = await Promise.all(
    demo.people
      .filter((person) => filter(person.roles))
      .map(async (person) => {
        const session = (await api(url, '', '/auth/invitations/redeem', {
          token: person.invitationToken,
        })) as SessionTokenResponse;
        return { id: person.id, token: session.token };
      }),
  );
  return { eventId: demo.eventId, people };
}

export async function signInAs(
  url: string,
  role: string,
): Promise<{ token: string; eventId: string }> {
  const { eventId, people } = await signInDemo(url, (roles) => roles.includes(role));
  if (!people[0]) throw new Error(`No ${role} in the demo`);
  return { token: people[0].token, eventId };
}

export function connect(url: string, token: string): Promise<LiveClient> {
  const socket: LiveClient = io(`${url}/live`, { auth: { token }, transports: ['websocket'] });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const round = (n: number) => Math.round(n * 10) / 10;

/** `--name=value` from the command line, or the fallback. */
export const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
