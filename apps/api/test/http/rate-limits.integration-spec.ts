import { randomInt } from 'node:crypto';
import request from 'supertest';
import {
  type DatabaseUnderTest,
  databasesUnderTest,
  type TestDatabase,
} from '../support/databases';
import { redisUrl, requireRedis } from '../support/redis';
import {
  demoPeople,
  findPerson,
  signInAs,
  startTestApp,
  type TestApp,
  withRole,
} from '../support/test-app';

const SIGN_INS_PER_MINUTE = 120;

/** A client address of its own per test, named the way nginx names it to the API. */
const someAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

const redeem = (node: TestApp, address: string, token = 'not-a-real-invitation') =>
  request(node.url)
    .post('/api/auth/invitations/redeem')
    .set('X-Forwarded-For', address)
    .send({ token });

describe('rate limits on two API nodes sharing Redis', () => {
  const { create } = databasesUnderTest().at(-1) as DatabaseUnderTest;
  let database: TestDatabase;
  let nodeA: TestApp;
  let nodeB: TestApp;

  beforeAll(async () => {
    await requireRedis();
    database = await create();
    const options = {
      database: database.config,
      redisUrl,
      secret: 'rate-limit-shared-secret-rate-limit-shared-secret',
      rateLimits: true,
      trustProxy: 'loopback',
    };
    nodeA = await startTestApp(options);
    nodeB = await startTestApp(options);
  });

  afterAll(async () => {
    await nodeA?.close();
    await nodeB?.close();
    await database?.drop();
  });

  it('should count sign-ins from one address on both nodes together and answer 429 past the limit', async () => {
    const address = someAddress();
    for (let n = 0; n < SIGN_INS_PER_MINUTE; n += 1) {
      await redeem(n % 2 === 0 ? nodeA : nodeB, address).expect(401);
    }

    const refused = await redeem(nodeB, address).expect(429);
    expect(refused.body).toEqual({
      error: {
        code: 'RATE_LIMITED',
        reason: 'common.tooManyRequests',
        params: { seconds: expect.any(Number) as number },
        message: expect.stringMatching(/^Too many requests: try again in \d+ s\.$/) as string,
      },
    });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await redeem(nodeA, address).expect(429);
    await redeem(nodeA, someAddress()).expect(401);
  });

  it('should count a signed-in person’s costly calls per person, not per shared address', async () => {
    const venue = someAddress();
    const people = await demoPeople(nodeA);
    const organiser = await signInAs(nodeA, 'organiser', people);
    const events = await request(nodeA.url)
      .get('/api/events')
      .auth(organiser.token, { type: 'bearer' });
    const eventId = (events.body as { events: { id: string }[] }).events[0]?.id;
    const exportCsv = (node: TestApp) =>
      request(node.url)
        .get(`/api/events/${eventId}/attendance/people.csv`)
        .set('X-Forwarded-For', venue)
        .auth(organiser.token, { type: 'bearer' });

    for (let n = 0; n < 30; n += 1) await exportCsv(n % 2 === 0 ? nodeA : nodeB).expect(200);
    expect((await exportCsv(nodeA).expect(429)).body).toMatchObject({
      error: { code: 'RATE_LIMITED' },
    });
    await redeem(
      nodeB,
      venue,
      findPerson(people, withRole('participant'), 'participant').invitationToken,
    ).expect(200);
  });
});

describe('rate limits on one node without Redis', () => {
  it('should answer 429 past the limit from this process’s own counters', async () => {
    const [{ create }] = databasesUnderTest();
    const database = await create();
    const node = await startTestApp({
      database: database.config,
      rateLimits: true,
      trustProxy: 'loopback',
    });
    try {
      const address = someAddress();
      for (let n = 0; n < SIGN_INS_PER_MINUTE; n += 1) await redeem(node, address).expect(401);
      await redeem(node, address).expect(429);
    } finally {
      await node.close();
      await database.drop();
    }
  });
});
