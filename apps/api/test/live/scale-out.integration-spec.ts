import { randomUUID } from 'node:crypto';
import type { Announcement, EventAgenda } from '@hadir/contracts';
import Redis from 'ioredis';
import request from 'supertest';
import {
  type DatabaseUnderTest,
  databasesUnderTest,
  type TestDatabase,
} from '../support/databases';
import { redisUrl } from '../support/redis';
import {
  connectLive,
  demoPeople,
  findPerson,
  type LiveClient,
  nextEvent,
  signIn,
  startTestApp,
  type TestApp,
  withRole,
} from '../support/test-app';

/**
 * Two API nodes on one database and one Redis, as in docker-compose.yml. A client on one node
 * must see what happens on the other.
 */
describe('two API nodes sharing Redis', () => {
  // PostgreSQL when CI provides it, as in production; else the shared SQLite file.
  const { create } = databasesUnderTest().at(-1) as DatabaseUnderTest;
  let database: TestDatabase;
  let nodeA: TestApp;
  let nodeB: TestApp;
  let moderatorToken: string;
  let participantToken: string;
  let eventId: string;
  let sessionId: string;
  const sockets: LiveClient[] = [];

  beforeAll(async () => {
    const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0 });
    await probe.connect().catch((error: Error) => {
      throw new Error(`These tests need Redis at ${redisUrl} (set REDIS_URL): ${error.message}`);
    });
    probe.disconnect();

    database = await create();
    const secret = 'scale-out-shared-secret-scale-out-shared-secret';
    nodeA = await startTestApp({ database: database.config, redisUrl, secret });
    nodeB = await startTestApp({ database: database.config, redisUrl, secret });
    const people = await demoPeople(nodeA);
    moderatorToken = (await signIn(nodeA, findPerson(people, withRole('moderator'), 'moderator')))
      .token;
    participantToken = (
      await signIn(nodeB, findPerson(people, withRole('participant'), 'participant'))
    ).token;
    const events = await request(nodeA.url)
      .get('/api/events')
      .auth(moderatorToken, { type: 'bearer' });
    eventId = (events.body as { events: { id: string }[] }).events[0]?.id;
    const agenda = await request(nodeA.url)
      .get(`/api/events/${eventId}/agenda`)
      .auth(moderatorToken, { type: 'bearer' });
    sessionId = (agenda.body as EventAgenda).sessions[0]?.id;
  });

  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });

  afterAll(async () => {
    await nodeA?.close();
    await nodeB?.close();
    await database?.drop();
  });

  const connect = async (node: TestApp, token: string) => {
    const socket = await connectLive(node.url, token);
    sockets.push(socket);
    return socket;
  };

  it('should report Redis as up in health', async () => {
    const response = await request(nodeA.url).get('/api/health').expect(200);
    expect(response.body).toMatchObject({ checks: { redis: { status: 'up' } } });
  });

  it('should deliver a message sent to a session room on one node to a client on the other', async () => {
    const moderator = await connect(nodeA, moderatorToken);
    const participant = await connect(nodeB, participantToken);
    await participant.emitWithAck('session:presence.join', { sessionId });

    const arrival = nextEvent(participant, 'event:announcement.created');
    const text = 'The next talk starts in five minutes';
    const ack = await moderator.emitWithAck('event:announcement.create', {
      id: randomUUID(),
      eventId,
      sessionId,
      text,
    });
    expect(ack.ok).toBe(true);
    await expect(arrival).resolves.toMatchObject({ sessionId, text });
  });

  it('should replay what a client missed while it dropped for a few seconds', async () => {
    const moderator = await connect(nodeA, moderatorToken);
    const participant = await connect(nodeB, participantToken);
    await participant.emitWithAck('session:presence.join', { sessionId });
    const warmUp = nextEvent(participant, 'event:announcement.created');
    await moderator.emitWithAck('event:announcement.create', {
      id: randomUUID(),
      eventId,
      text: 'Hello',
    });
    await warmUp;

    participant.io.reconnectionDelay(2000);
    participant.io.engine.close();
    const missed: Announcement[] = [];
    for (const text of ['First while away', 'Second while away']) {
      const ack = await moderator.emitWithAck('event:announcement.create', {
        id: randomUUID(),
        eventId,
        sessionId,
        text,
      });
      if (ack.ok) missed.push(ack.data);
    }
    expect(participant.connected).toBe(false);

    const replayed: string[] = [];
    participant.on('event:announcement.created', (a) => replayed.push(a.text));
    await new Promise<void>((resolve) => participant.once('connect', () => resolve()));
    for (let waited = 0; replayed.length < missed.length && waited < 5000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(participant.recovered).toBe(true);
    expect(replayed).toEqual(missed.map((a) => a.text));
  });
});
