import { randomUUID } from 'node:crypto';
import {
  type Announcement,
  type BreakoutRoomState,
  type BreakoutSet,
  type EventAgenda,
  rooms,
} from '@hadir/contracts';
import * as Y from 'yjs';
import request from 'supertest';
import {
  type DatabaseUnderTest,
  databasesUnderTest,
  type TestDatabase,
} from '../support/databases';
import { BreakoutsService } from '../../src/breakouts/breakouts.service';
import { LiveEmitter } from '../../src/realtime/live-emitter.service';
import { eventually } from '../support/eventually';
import { redisUrl, requireRedis } from '../support/redis';
import { call } from '../support/session-live';
import {
  connectLive,
  demoPeople,
  findPerson,
  type LiveClient,
  nextEvent,
  signInAs,
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
    await requireRedis();

    database = await create();
    const secret = 'scale-out-shared-secret-scale-out-shared-secret';
    nodeA = await startTestApp({ database: database.config, redisUrl, secret });
    nodeB = await startTestApp({ database: database.config, redisUrl, secret });
    const people = await demoPeople(nodeA);
    moderatorToken = (await signInAs(nodeA, 'moderator', people)).token;
    participantToken = (await signInAs(nodeB, 'participant', people)).token;
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

    const arrival = nextEvent(participant, 'announcement:created');
    const text = 'The next talk starts in five minutes';
    const ack = await moderator.emitWithAck('announcement:create', {
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
    const warmUp = nextEvent(participant, 'announcement:created');
    await moderator.emitWithAck('announcement:create', {
      id: randomUUID(),
      eventId,
      text: 'Hello',
    });
    await warmUp;

    participant.io.reconnectionDelay(2000);
    participant.io.engine.close();
    const missed: Announcement[] = [];
    for (const text of ['First while away', 'Second while away']) {
      const ack = await moderator.emitWithAck('announcement:create', {
        id: randomUUID(),
        eventId,
        sessionId,
        text,
      });
      if (ack.ok) missed.push(ack.data);
    }
    expect(participant.connected).toBe(false);

    const replayed: string[] = [];
    participant.on('announcement:created', (a) => replayed.push(a.text));
    await new Promise<void>((resolve) => participant.once('connect', () => resolve()));
    await eventually(
      () => replayed.length,
      (count) => count >= missed.length,
    );
    expect(participant.recovered).toBe(true);
    expect(replayed).toEqual(missed.map((a) => a.text));
  });

  it('should merge a breakout room’s notes typed through two nodes, and close the room once when both tick', async () => {
    const people = await demoPeople(nodeA);
    const participant = findPerson(people, withRole('participant'), 'participant');
    const moderator = await connect(nodeA, moderatorToken);
    const member = await connect(nodeB, participantToken);
    await call(moderator.emitWithAck('session:presence.join', { sessionId }));
    await call(member.emitWithAck('session:presence.join', { sessionId }));
    const roomId = randomUUID();
    const set = await call<BreakoutSet>(
      moderator.emitWithAck('breakout:set.save', {
        id: randomUUID(),
        sessionId,
        name: 'Across nodes',
        selfSelect: false,
        rooms: [
          {
            id: roomId,
            name: 'Table 1',
            kind: 'hybrid',
            tableLabel: 'Table 1',
            facilitatorId: null,
            topic: '',
            capacity: null,
          },
        ],
      }),
    );
    await call(
      moderator.emitWithAck('breakout:assign', {
        setId: set.id,
        source: 'manual',
        moves: [{ personId: participant.id, roomId }],
      }),
    );
    await call(
      moderator.emitWithAck('breakout:open', { setId: set.id, seconds: 600, graceSeconds: 0 }),
    );

    const docs = await Promise.all(
      [moderator, member].map(async (socket) => {
        const entered = await call<BreakoutRoomState>(
          socket.emitWithAck('breakout:room.enter', { roomId, mode: 'remote' }),
        );
        const doc = new Y.Doc();
        Y.applyUpdate(doc, Buffer.from(entered.notes, 'base64'));
        socket.on('breakout:notes.updated', ({ update }) =>
          Y.applyUpdate(doc, Buffer.from(update, 'base64')),
        );
        return doc;
      }),
    );
    docs[0].getText('notes').insert(0, 'From the hall. ');
    docs[1].getText('notes').insert(0, 'From home. ');
    await Promise.all(
      [moderator, member].map((socket, index) =>
        call(
          socket.emitWithAck('breakout:notes.update', {
            roomId,
            update: Buffer.from(Y.encodeStateAsUpdate(docs[index])).toString('base64'),
          }),
        ),
      ),
    );
    await eventually(
      () => docs.map((doc) => doc.getText('notes').toJSON()),
      ([hall, home]) => hall === home,
    );
    const merged = docs[0].getText('notes').toJSON();
    expect(docs[1].getText('notes').toJSON()).toBe(merged);
    expect(merged).toContain('From the hall. ');
    expect(merged).toContain('From home. ');
    for (const socket of [moderator, member]) {
      const stored = await call<{ text: string }>(
        socket.emitWithAck('breakout:notes.get', { roomId }),
      );
      expect(stored.text).toBe(merged);
    }

    const changes: BreakoutSet[] = [];
    member.on('breakout:set.changed', (changed) => changes.push(changed));
    const later = new Date(Date.now() + 601_000);
    await Promise.all([nodeA, nodeB].map((node) => node.app.get(BreakoutsService).tick(later)));
    // A second close would have been pushed by either node before that node's sentinel: each
    // node's pushes reach the member in the order it sent them.
    const sentinels: string[] = [];
    member.on('announcement:created', ({ id }) => sentinels.push(id));
    const sent = [nodeA, nodeB].map((node) => {
      const id = randomUUID();
      node.app.get(LiveEmitter).toRoom(rooms.person(participant.id), 'announcement:created', {
        id,
        eventId,
        sessionId: null,
        text: 'Sentinel',
        authorName: 'Test',
        createdAt: new Date().toISOString(),
      });
      return id;
    });
    await eventually(
      () => sentinels,
      (arrived) => sent.every((id) => arrived.includes(id)),
    );
    expect(changes.map((changed) => changed.status)).toEqual(['closed']);
  });
});
