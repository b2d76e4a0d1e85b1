import type { Ack, AttendanceMode, EventAgenda, JoinedSession } from '@hadir/contracts';
import request from 'supertest';
import { type TestDatabase } from './databases';
import { appStage } from './stage';
import { demoPeople, type LiveClient, signIn, type TestApp, withRole } from './test-app';

export interface SignedIn {
  id: string;
  name: string;
  token: string;
}

/** The answer's data, or a thrown error naming the code the server refused with. */
export async function call<T>(promise: Promise<Ack<T>>): Promise<T> {
  const ack = await promise;
  if (!ack.ok) throw new Error(`${ack.error.code}: ${ack.error.message}`);
  return ack.data;
}

/** A moderator, three participants and the demo event's session ids. */
export async function sessionCast(app: TestApp) {
  const people = await demoPeople(app);
  let eventId = '';
  const as = async (predicate: (p: (typeof people)[number]) => boolean, skip = 0) => {
    const person = people.filter(predicate)[skip];
    if (!person) throw new Error('The demo programme lacks someone');
    const { token, me } = await signIn(app, person);
    eventId = me.roles[0]?.eventId ?? eventId;
    return { id: person.id, name: person.name, token };
  };
  const participant = (p: (typeof people)[number]) =>
    p.roles.length === 1 && p.roles[0] === 'participant';
  const moderator = await as(withRole('moderator'));
  const participants = [
    await as(participant, 0),
    await as(participant, 1),
    await as(participant, 2),
  ];
  const agenda = (
    await request(app.url)
      .get(`/api/events/${eventId}/agenda`)
      .auth(moderator.token, { type: 'bearer' })
  ).body as EventAgenda;
  return {
    eventId,
    moderator,
    participants,
    sessionIds: agenda.sessions.map((session) => session.id),
  };
}

/**
 * One app on one database for a describe block, with the demo cast signed in, a fresh session
 * for each test (so boards and queues do not mix) and every socket closed after each test.
 */
export function sessionStage(
  create: () => Promise<TestDatabase>,
  options: { mediaWorkers?: number } = {},
) {
  const stage = appStage(create, options);
  let cast: Awaited<ReturnType<typeof sessionCast>> | undefined;
  let nextSession = 0;

  beforeAll(async () => {
    cast = await sessionCast(stage.app);
  });

  const ready = () => {
    if (!cast) throw new Error('The stage is set in beforeAll');
    return cast;
  };
  return {
    get app() {
      return stage.app;
    },
    get cast() {
      return ready();
    },
    freshSession(): string {
      const id = ready().sessionIds[nextSession++];
      if (!id) throw new Error('Out of sessions');
      return id;
    },
    async join(person: SignedIn, sessionId: string, mode?: AttendanceMode): Promise<LiveClient> {
      const socket = await stage.connect(person.token);
      await call<JoinedSession>(socket.emitWithAck('session:presence.join', { sessionId, mode }));
      return socket;
    },
  };
}
