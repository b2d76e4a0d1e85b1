import { randomUUID } from 'node:crypto';
import type { EventAgenda, EventExport, ImportedEvent, Me } from '@hadir/contracts';
import request from 'supertest';
import { PROGRAMME } from '../../src/seed/programme.data';
import { appStage } from '../support/stage';
import { databasesUnderTest } from '../support/databases';
import { connectLive, demoPeople, redeem, nextEvent, signInAs } from '../support/test-app';

describe.each(databasesUnderTest())('event export and import on $kind', ({ create }) => {
  const stage = appStage(create);
  let organiser: string;
  let participant: string;
  let eventId: string;

  beforeAll(async () => {
    const people = await demoPeople(stage.app);
    const session = await signInAs(stage.app, 'organiser', people);
    organiser = session.token;
    eventId = session.me.roles[0]?.eventId;
    participant = (await signInAs(stage.app, 'participant', people)).token;
  });

  const exportOf = async (id: string, token = organiser) =>
    (
      await request(stage.app.url)
        .get(`/api/events/${id}/export`)
        .auth(token, { type: 'bearer' })
        .expect(200)
    ).body as EventExport;

  const importAs = async (token: string, body: object) =>
    (
      await request(stage.app.url)
        .post('/api/events/import')
        .auth(token, { type: 'bearer' })
        .send(body)
        .expect(201)
    ).body as ImportedEvent;

  it("should copy last year's programme onto new dates, keeping each session's day and time", async () => {
    const file = await exportOf(eventId);
    expect(file.sessions).toHaveLength(PROGRAMME.sessions.length + 1);
    expect(file.people).toHaveLength(PROGRAMME.people.length);

    const { event: created, invitation } = await importAs(organiser, {
      file,
      slug: 'women-smi-innovation-2022',
      title: 'Women-owned SMIs 2022, Bali',
      startDate: '2022-09-12',
      people: 'staff_and_speakers',
    });
    const newOrganiser = (await redeem(stage.app, invitation.path)).token;
    expect(created).toMatchObject({
      startDate: '2022-09-12',
      endDate: '2022-09-16',
      timezone: 'Asia/Jakarta',
    });

    const copy = await exportOf(created.id, newOrganiser);
    expect(copy.sessions).toEqual(file.sessions);
    expect(copy.people.map((p) => p.email).sort()).toEqual(
      file.people
        .filter((p) => !p.roles.every((r) => r === 'participant'))
        .map((p) => p.email)
        .sort(),
    );

    const agenda = (
      await request(stage.app.url)
        .get(`/api/events/${created.id}/agenda`)
        .auth(newOrganiser, { type: 'bearer' })
    ).body as EventAgenda;
    expect(agenda.sessions[0]?.startsAt.slice(0, 10)).toBe('2022-09-12');
  });

  it('should make the importer a person of the new event, with a link that reaches only that event', async () => {
    const file = await exportOf(eventId);
    const before = (await request(stage.app.url).get('/api/me').auth(organiser, { type: 'bearer' }))
      .body as Me;
    const { event: created, invitation } = await importAs(organiser, {
      file,
      slug: 'women-smi-live-2024',
      title: 'Live 2024',
      startDate: '2024-09-09',
      people: 'staff_and_speakers',
    });
    const { token, me } = await redeem(stage.app, invitation.path);
    expect(me.id).not.toBe(before.id);
    expect(me.name).toBe(before.name);
    expect(me.roles).toEqual([{ eventId: created.id, role: 'organiser' }]);

    // Each sign-in acts in its own event only, on REST and live.
    await request(stage.app.url)
      .get(`/api/events/${eventId}/people`)
      .auth(token, { type: 'bearer' })
      .expect(403);
    await request(stage.app.url)
      .get(`/api/events/${created.id}/people`)
      .auth(organiser, { type: 'bearer' })
      .expect(403);
    const socket = await connectLive(stage.app.url, token);
    const oldSocket = await connectLive(stage.app.url, organiser);
    try {
      const heard = nextEvent(socket, 'announcement:created');
      await expect(
        oldSocket.emitWithAck('announcement:create', {
          id: randomUUID(),
          eventId: created.id,
          text: 'Not from here',
        }),
      ).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      await expect(
        socket.emitWithAck('announcement:create', {
          id: randomUUID(),
          eventId: created.id,
          text: 'Welcome to the 2024 edition',
        }),
      ).resolves.toMatchObject({ ok: true });
      await expect(heard).resolves.toMatchObject({
        eventId: created.id,
        text: 'Welcome to the 2024 edition',
      });
    } finally {
      socket.close();
      oldSocket.close();
    }
  });

  it('should refuse a taken short name, a file that is not an export, and a participant', async () => {
    const file = await exportOf(eventId);
    const taken = await request(stage.app.url)
      .post('/api/events/import')
      .auth(organiser, { type: 'bearer' })
      .send({ file, slug: file.event.slug, title: 'Again', startDate: '2023-01-09', people: 'all' })
      .expect(409);
    expect(taken.body).toMatchObject({ error: { issues: [{ path: 'slug' }] } });

    const notOurs = await request(stage.app.url)
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

    await request(stage.app.url)
      .get(`/api/events/${eventId}/export`)
      .auth(participant, { type: 'bearer' })
      .expect(403);
    await request(stage.app.url)
      .post('/api/events/import')
      .auth(participant, { type: 'bearer' })
      .send({ file, slug: 'p-2023', title: 'P', startDate: '2023-01-09', people: 'all' })
      .expect(403);
  });
});
