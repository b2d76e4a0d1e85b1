import { randomUUID } from 'node:crypto';
import type { EventAgenda, EventListResponse, Me } from '@hadir/contracts';
import request from 'supertest';
import { PROGRAMME } from '../../src/seed/programme.data';
import { appStage } from '../support/stage';
import { databasesUnderTest, type TestDatabase } from '../support/databases';
import {
  demoPeople,
  findPerson,
  signIn,
  signInAs,
  startTestApp,
  withRole,
} from '../support/test-app';

describe.each(databasesUnderTest())('identity and agenda over REST on $kind', ({ create }) => {
  const stage = appStage(create);

  beforeAll(async () => {});

  it('should list every seeded person in demo mode, organisers first', async () => {
    const people = await demoPeople(stage.app);
    expect(people).toHaveLength(PROGRAMME.people.length);
    expect(people[0]?.roles).toContain('organiser');
    expect(people.filter(withRole('participant'))).toHaveLength(61);
    expect(new Set(people.filter(withRole('participant')).map((p) => p.country)).size).toBe(13);
  });

  it('should exchange an invitation for a session token that identifies the person', async () => {
    const nepali = findPerson(await demoPeople(stage.app), (p) => p.country === 'NP', 'Nepali');
    const { token, me } = await signIn(stage.app, nepali);
    expect(me.id).toBe(nepali.id);
    expect(me.roles.map((r) => r.role)).toEqual(['participant']);

    const response = await request(stage.app.url)
      .get('/api/me')
      .auth(token, { type: 'bearer' })
      .expect(200);
    expect((response.body as Me).name).toBe(nepali.name);
  });

  it('should refuse a request without a valid session with UNAUTHENTICATED', async () => {
    const response = await request(stage.app.url)
      .get('/api/me')
      .auth('forged', { type: 'bearer' })
      .expect(401);
    expect(response.body).toEqual({
      error: {
        code: 'UNAUTHENTICATED',
        reason: 'common.signInAgain',
        message: expect.any(String) as string,
      },
    });
    await request(stage.app.url).get('/api/events').expect(401);
  });

  it('should answer a route that does not exist with NOT_FOUND and a reason to translate', async () => {
    const { token } = await signIn(
      stage.app,
      findPerson(await demoPeople(stage.app), withRole('organiser'), 'organiser'),
    );
    const response = await request(stage.app.url)
      .get('/api/no-such-route')
      .auth(token, { type: 'bearer' })
      .expect(404);
    expect(response.body).toEqual({
      error: {
        code: 'NOT_FOUND',
        reason: 'common.notFound',
        message: expect.any(String) as string,
      },
    });
  });

  it('should not accept an invitation token as a session, nor a session as an invitation', async () => {
    const person = (await demoPeople(stage.app))[0];
    if (!person) throw new Error('no people');
    await request(stage.app.url)
      .get('/api/me')
      .auth(person.invitationToken, { type: 'bearer' })
      .expect(401);
    const { token } = await signIn(stage.app, person);
    const response = await request(stage.app.url)
      .post('/api/auth/invitations/redeem')
      .send({ token })
      .expect(401);
    expect((response.body as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
  });

  it('should reject a malformed body with VALIDATION_FAILED naming the field', async () => {
    const response = await request(stage.app.url)
      .post('/api/auth/invitations/redeem')
      .send({})
      .expect(400);
    expect(response.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', issues: [{ path: 'token' }] },
    });
  });

  it("should give a member the event's agenda with speakers, in start order", async () => {
    const people = await demoPeople(stage.app);
    const { token } = await signInAs(stage.app, 'participant', people);
    const events = await request(stage.app.url)
      .get('/api/events')
      .auth(token, { type: 'bearer' })
      .expect(200);
    const [event] = (events.body as EventListResponse).events;
    expect(event?.timezone).toBe('Asia/Jakarta');

    const agenda = await request(stage.app.url)
      .get(`/api/events/${event?.id}/agenda`)
      .auth(token, { type: 'bearer' })
      .expect(200);
    const { sessions } = agenda.body as EventAgenda;
    // The programme, and the session kept live for the demo.
    expect(sessions).toHaveLength(PROGRAMME.sessions.length + 1);
    const starts = sessions.map((s) => Date.parse(s.startsAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const opening = sessions.find((s) => s.speakers.some((sp) => sp.name === 'Reni Yanita'));
    expect(opening).toBeDefined();
  });

  it("should refuse an event's agenda to someone who is not part of it", async () => {
    const { token } = await signIn(stage.app, (await demoPeople(stage.app))[0]);
    const response = await request(stage.app.url)
      .get(`/api/events/${randomUUID()}/agenda`)
      .auth(token, { type: 'bearer' })
      .expect(403);
    expect((response.body as { error: { code: string } }).error.code).toBe('FORBIDDEN');
  });

  it('should report health with the database up', async () => {
    const response = await request(stage.app.url).get('/api/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', checks: { database: { status: 'up' } } });
  });

  it('should serve the OpenAPI description', async () => {
    const response = await request(stage.app.url).get('/api/docs-json').expect(200);
    expect(Object.keys((response.body as { paths: object }).paths)).toEqual(
      expect.arrayContaining(['/api/auth/invitations/redeem', '/api/events/{eventId}/agenda']),
    );
  });
});

describe('demo mode off', () => {
  it('should not list people for sign-in', async () => {
    const [sqlite] = databasesUnderTest();
    const database = await (sqlite as { create: () => Promise<TestDatabase> }).create();
    const app = await startTestApp({ database: database.config, demoMode: false });
    try {
      const response = await request(app.url).get('/api/demo/people').expect(404);
      expect((response.body as { error: { code: string } }).error.code).toBe('NOT_FOUND');
      await request(app.url)
        .get('/api/meta')
        .expect(200, { demoMode: false, version: '0.1.0', mediaSocketPath: null });
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
