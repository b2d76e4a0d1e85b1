import { randomUUID } from 'node:crypto';
import type { EventAgenda, EventExport, EventSummary } from '@hadir/contracts';
import request from 'supertest';
import { PROGRAMME } from '../../src/seed/programme.data';
import { databasesUnderTest, type TestDatabase } from '../support/databases';
import {
  connectLive,
  demoPeople,
  findPerson,
  nextEvent,
  signIn,
  startTestApp,
  type TestApp,
  withRole,
} from '../support/test-app';

describe.each(databasesUnderTest())('event export and import on $kind', ({ create }) => {
  let database: TestDatabase;
  let app: TestApp;
  let organiser: string;
  let participant: string;
  let eventId: string;

  beforeAll(async () => {
    database = await create();
    app = await startTestApp({ database: database.config });
    const people = await demoPeople(app);
    const session = await signIn(app, findPerson(people, withRole('organiser'), 'organiser'));
    organiser = session.token;
    eventId = session.me.roles[0]?.eventId;
    participant = (await signIn(app, findPerson(people, withRole('participant'), 'participant')))
      .token;
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const exportOf = async (id: string) =>
    (
      await request(app.url)
        .get(`/api/events/${id}/export`)
        .auth(organiser, { type: 'bearer' })
        .expect(200)
    ).body as EventExport;

  it("should copy last year's programme onto new dates, keeping each session's day and time", async () => {
    const file = await exportOf(eventId);
    expect(file.sessions).toHaveLength(PROGRAMME.sessions.length);
    expect(file.people).toHaveLength(PROGRAMME.people.length);

    const response = await request(app.url)
      .post('/api/events/import')
      .auth(organiser, { type: 'bearer' })
      .send({
        file,
        slug: 'women-smi-innovation-2022',
        title: 'Women-owned SMIs 2022, Bali',
        startDate: '2022-09-12',
        people: 'staff_and_speakers',
      })
      .expect(201);
    const created = response.body as EventSummary;
    expect(created).toMatchObject({
      startDate: '2022-09-12',
      endDate: '2022-09-16',
      timezone: 'Asia/Jakarta',
    });

    const copy = await exportOf(created.id);
    expect(copy.sessions).toEqual(file.sessions);
    expect(copy.people.map((p) => p.email).sort()).toEqual(
      file.people
        .filter((p) => !p.roles.every((r) => r === 'participant'))
        .map((p) => p.email)
        .sort(),
    );

    const agenda = (
      await request(app.url)
        .get(`/api/events/${created.id}/agenda`)
        .auth(organiser, { type: 'bearer' })
    ).body as EventAgenda;
    expect(agenda.sessions[0]?.startsAt.slice(0, 10)).toBe('2022-09-12');
  });

  it('should let someone added to a new event hear its live messages without reconnecting', async () => {
    const file = await exportOf(eventId);
    const created = (
      await request(app.url)
        .post('/api/events/import')
        .auth(organiser, { type: 'bearer' })
        .send({
          file,
          slug: 'women-smi-live-2024',
          title: 'Live 2024',
          startDate: '2024-09-09',
          people: 'staff_and_speakers',
        })
        .expect(201)
    ).body as EventSummary;
    const people = await demoPeople(app);
    const newcomer = findPerson(
      people,
      (p) => p.country === 'MV' && withRole('participant')(p),
      'Maldivian',
    );
    const { token, me } = await signIn(app, newcomer);
    const socket = await connectLive(app.url, token);
    const organiserSocket = await connectLive(app.url, organiser);
    try {
      const person = file.people.find((p) => p.name === me.name);
      await request(app.url)
        .post(`/api/events/${created.id}/people`)
        .auth(organiser, { type: 'bearer' })
        .send({ ...person, id: randomUUID(), roles: ['participant'] })
        .expect(201);
      const heard = nextEvent(socket, 'event:announcement.created');
      await organiserSocket.emitWithAck('event:announcement.create', {
        id: randomUUID(),
        eventId: created.id,
        text: 'Welcome to the 2024 edition',
      });
      await expect(heard).resolves.toMatchObject({ eventId: created.id });
    } finally {
      socket.close();
      organiserSocket.close();
    }
  });

  it('should refuse a taken short name, a file that is not an export, and a participant', async () => {
    const file = await exportOf(eventId);
    const taken = await request(app.url)
      .post('/api/events/import')
      .auth(organiser, { type: 'bearer' })
      .send({ file, slug: file.event.slug, title: 'Again', startDate: '2023-01-09', people: 'all' })
      .expect(409);
    expect(taken.body).toMatchObject({ error: { issues: [{ path: 'slug' }] } });

    const notOurs = await request(app.url)
      .post('/api/events/import')
      .auth(organiser, { type: 'bearer' })
      .send({
        file: { ...file, format: 'something/else' },
        slug: 'x-2023',
        title: 'X',
        startDate: '2023-01-09',
        people: 'all',
      })
      .expect(400);
    expect(notOurs.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', issues: [{ path: 'file.format' }] },
    });

    await request(app.url)
      .get(`/api/events/${eventId}/export`)
      .auth(participant, { type: 'bearer' })
      .expect(403);
    await request(app.url)
      .post('/api/events/import')
      .auth(participant, { type: 'bearer' })
      .send({ file, slug: 'p-2023', title: 'P', startDate: '2023-01-09', people: 'all' })
      .expect(403);
  });
});
