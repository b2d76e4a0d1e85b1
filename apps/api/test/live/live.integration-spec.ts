import { randomUUID } from 'node:crypto';
import type { Ack, Announcement, EventAgenda, JoinedSession } from '@hadir/contracts';
import request from 'supertest';
import { databasesUnderTest, type TestDatabase } from '../support/databases';
import {
  connectLive,
  demoPeople,
  findPerson,
  type LiveClient,
  nextEvent,
  signIn,
  signInAs,
  startTestApp,
  type TestApp,
  withRole,
} from '../support/test-app';

describe.each(databasesUnderTest())('live namespace on $kind', ({ create }) => {
  let database: TestDatabase;
  let app: TestApp;
  let participantToken: string;
  let moderatorToken: string;
  let eventId: string;
  let sessionId: string;
  const sockets: LiveClient[] = [];

  const connect = async (token: string) => {
    const socket = await connectLive(app.url, token);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    database = await create();
    app = await startTestApp({ database: database.config });
    const people = await demoPeople(app);
    participantToken = (await signInAs(app, 'participant', people)).token;
    moderatorToken = (await signInAs(app, 'moderator', people)).token;
    const events = await request(app.url)
      .get('/api/events')
      .auth(participantToken, { type: 'bearer' });
    eventId = (events.body as { events: { id: string }[] }).events[0]?.id;
    const agenda = await request(app.url)
      .get(`/api/events/${eventId}/agenda`)
      .auth(participantToken, { type: 'bearer' });
    sessionId = (agenda.body as EventAgenda).sessions[0]?.id;
  });

  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('should refuse a connection without a token, and one with a forged token', async () => {
    await expect(connectLive(app.url, undefined)).rejects.toThrow(/sign in again/i);
    await expect(connectLive(app.url, 'not-a-token')).rejects.toMatchObject({
      data: { code: 'UNAUTHENTICATED' },
    });
  });

  it('should answer a participant who calls a staff-only event with FORBIDDEN and store nothing', async () => {
    const participant = await connect(participantToken);
    const id = randomUUID();
    const ack: Ack<Announcement> = await participant.emitWithAck('announcement:create', {
      id,
      eventId,
      text: 'Participants cannot announce',
    });
    expect(ack).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        reason: 'auth.roleRequired',
        params: { roles: 'organiser, moderator, facilitator' },
        message: 'Only organiser, moderator, facilitator may do this',
      },
    });
    const recent = await request(app.url)
      .get(`/api/events/${eventId}/announcements`)
      .auth(participantToken, { type: 'bearer' });
    expect(
      (recent.body as { announcements: Announcement[] }).announcements.map((a) => a.id),
    ).not.toContain(id);
  });

  it('should answer a malformed payload with VALIDATION_FAILED and keep serving', async () => {
    const moderator = await connect(moderatorToken);
    const bad: Ack<Announcement> = await moderator.emitWithAck('announcement:create', {
      id: 'not-a-uuid',
      eventId,
      text: '',
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const issues = 'error' in bad ? (bad.error.issues ?? []) : [];
    expect(issues.map((i) => i.path).sort()).toEqual(['id', 'text']);

    const notAnObject: Ack<JoinedSession> = await moderator.emitWithAck(
      'session:presence.join',
      'garbage' as never,
    );
    expect(notAnObject).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });

    const good = await moderator.emitWithAck('session:presence.join', { sessionId });
    expect(good).toEqual({ ok: true, data: { sessionId, staff: true } });
  });

  it('should deliver a moderator announcement to everyone in the event, once, even when resent', async () => {
    const moderator = await connect(moderatorToken);
    const participant = await connect(participantToken);
    const received: Announcement[] = [];
    participant.on('announcement:created', (a) => received.push(a));

    const input = { id: randomUUID(), eventId, text: 'Coffee is served in the foyer' };
    const first = nextEvent(participant, 'announcement:created');
    const ack = await moderator.emitWithAck('announcement:create', input);
    expect(ack.ok).toBe(true);
    await expect(first).resolves.toMatchObject({ id: input.id, text: input.text });

    const resent = await moderator.emitWithAck('announcement:create', input);
    expect(resent).toEqual(ack);
    // A duplicate broadcast would go out before the resend's answer, so before this one arrives.
    const sentinel = { id: randomUUID(), eventId, text: 'Lunch is at 12:30' };
    const after = nextEvent(participant, 'announcement:created');
    await moderator.emitWithAck('announcement:create', sentinel);
    await expect(after).resolves.toMatchObject({ id: sentinel.id });
    expect(received.map((a) => a.id)).toEqual([input.id, sentinel.id]);

    const recent = await request(app.url)
      .get(`/api/events/${eventId}/announcements`)
      .auth(participantToken, { type: 'bearer' });
    const ids = (recent.body as { announcements: Announcement[] }).announcements.map((a) => a.id);
    expect(ids.filter((id) => id === input.id)).toHaveLength(1);
  });

  it('should send a session announcement only to people who joined that session', async () => {
    const moderator = await connect(moderatorToken);
    const inSession = await connect(participantToken);
    const elsewhere = await connect(participantToken);
    await expect(inSession.emitWithAck('session:presence.join', { sessionId })).resolves.toEqual({
      ok: true,
      data: { sessionId, staff: false },
    });
    const strayed: Announcement[] = [];
    elsewhere.on('announcement:created', (a) => strayed.push(a));

    const arrival = nextEvent(inSession, 'announcement:created');
    await moderator.emitWithAck('announcement:create', {
      id: randomUUID(),
      eventId,
      sessionId,
      text: 'Questions after the talk, please',
    });
    await expect(arrival).resolves.toMatchObject({ sessionId });
    // An announcement to the whole event, sent after: the session's one would have come first.
    const everyone = nextEvent(elsewhere, 'announcement:created');
    const toAll = { id: randomUUID(), eventId, text: 'The hall doors close at 17:00' };
    await moderator.emitWithAck('announcement:create', toAll);
    await expect(everyone).resolves.toMatchObject({ id: toAll.id });
    expect(strayed.map((a) => a.id)).toEqual([toAll.id]);
  });

  it('should refuse to join a session that does not exist', async () => {
    const participant = await connect(participantToken);
    await expect(
      participant.emitWithAck('session:presence.join', { sessionId: randomUUID() }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('should give a client that dropped for a moment the messages it missed', async () => {
    const moderator = await connect(moderatorToken);
    const participant = await connect(participantToken);
    // Recovery needs at least one packet with an offset before the drop.
    const warmUp = nextEvent(participant, 'announcement:created');
    await moderator.emitWithAck('announcement:create', {
      id: randomUUID(),
      eventId,
      text: 'Welcome',
    });
    await warmUp;

    participant.io.engine.close();
    const missed = { id: randomUUID(), eventId, text: 'Sent while you were offline' };
    await moderator.emitWithAck('announcement:create', missed);

    const replayed = nextEvent(participant, 'announcement:created');
    await expect(replayed).resolves.toMatchObject({ id: missed.id });
    expect(participant.recovered).toBe(true);
  });

  it('should tell connected clients before the server shuts down', async () => {
    const otherDatabase = await create();
    const other = await startTestApp({ database: otherDatabase.config });
    const people = await demoPeople(other);
    const { token } = await signIn(
      other,
      findPerson(people, withRole('participant'), 'participant'),
    );
    const socket = await connectLive(other.url, token);
    sockets.push(socket);
    const notice = nextEvent(socket, 'system:server.shutdown');
    await other.close();
    await otherDatabase.drop();
    await expect(notice).resolves.toEqual({ reason: 'shutdown' });
  });
});
