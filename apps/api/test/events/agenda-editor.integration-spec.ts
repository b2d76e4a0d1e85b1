import { randomUUID } from 'node:crypto';
import type { AgendaSession, EventAgenda, SessionInput } from '@hadir/contracts';
import { wallClockOf } from '@hadir/domain';
import request from 'supertest';
import { appStage } from '../support/stage';
import { databasesUnderTest } from '../support/databases';
import { demoPeople, nextEvent, signInAs } from '../support/test-app';

describe.each(databasesUnderTest())('agenda editing on $kind', ({ create }) => {
  const stage = appStage(create);
  let organiser: string;
  let participant: string;
  let eventId: string;
  let agenda: EventAgenda;

  const sessionsPath = () => `/api/events/${eventId}/sessions`;
  const inputOf = (session: AgendaSession): SessionInput => ({
    title: session.title,
    description: session.description,
    kind: session.kind,
    date: wallClockOf(new Date(session.startsAt), agenda.event.timezone).date,
    startTime: wallClockOf(new Date(session.startsAt), agenda.event.timezone).time,
    endTime: wallClockOf(new Date(session.endsAt), agenda.event.timezone).time,
    room: session.room,
    streamed: session.streamed,
    speakerIds: session.speakers.map((s) => s.id),
    moderatorIds: session.moderators.map((m) => m.id),
  });
  const withSpeaker = () =>
    agenda.sessions.find((s) => s.speakers.length > 0 && s.room) as AgendaSession;

  beforeAll(async () => {
    const people = await demoPeople(stage.app);
    organiser = (await signInAs(stage.app, 'organiser', people)).token;
    const session = await signInAs(stage.app, 'participant', people);
    participant = session.token;
    eventId = session.me.roles[0]?.eventId;
    agenda = (
      await request(stage.app.url)
        .get(`/api/events/${eventId}/agenda`)
        .auth(organiser, { type: 'bearer' })
    ).body as EventAgenda;
  });

  it('should move a session and tell everyone in the event, who see the new time', async () => {
    const socket = await stage.connect(participant);
    const target = withSpeaker();
    const input = inputOf(target);
    const changed = nextEvent(socket, 'agenda:session.changed');

    const response = await request(stage.app.url)
      .put(`${sessionsPath()}/${target.id}`)
      .auth(organiser, { type: 'bearer' })
      .send({ ...input, startTime: '06:00', endTime: '06:45', room: 'Side Room B' })
      .expect(200);
    const moved = response.body as AgendaSession;
    expect(wallClockOf(new Date(moved.startsAt), 'Asia/Jakarta').time).toBe('06:00');
    expect(wallClockOf(new Date(moved.startsAt), 'Asia/Karachi').time).toBe('04:00');
    expect(wallClockOf(new Date(moved.startsAt), 'Asia/Manila').time).toBe('07:00');
    await expect(changed).resolves.toEqual({ eventId, session: moved });
  });

  it('should refuse to put a speaker in two places at once, naming the clash, and store nothing', async () => {
    const target = withSpeaker();
    const other = agenda.sessions.find(
      (s) => s.id !== target.id && s.room && s.speakers.length === 0 && s.kind !== 'break',
    ) as AgendaSession;
    const input = inputOf(other);
    const response = await request(stage.app.url)
      .put(`${sessionsPath()}/${other.id}`)
      .auth(organiser, { type: 'bearer' })
      .send({ ...input, date: '2099-01-01' })
      .expect(400);
    expect(response.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', issues: [{ path: 'date' }] },
    });

    const current = (
      await request(stage.app.url)
        .get(`/api/events/${eventId}/agenda`)
        .auth(organiser, { type: 'bearer' })
    ).body as EventAgenda;
    const busy = current.sessions.find((s) => s.id === target.id) as AgendaSession;
    const clash = await request(stage.app.url)
      .put(`${sessionsPath()}/${other.id}`)
      .auth(organiser, { type: 'bearer' })
      .send({
        ...inputOf(busy),
        title: other.title,
        room: 'Remote studio',
        speakerIds: busy.speakers.map((s) => s.id),
        moderatorIds: [],
      })
      .expect(409);
    const issues = (clash.body as { error: { issues: { path: string; message: string }[] } }).error
      .issues;
    expect(issues).toEqual(
      busy.speakers.map((speaker) => ({
        path: 'speakerIds',
        message: expect.stringContaining(`${speaker.name} is already in "${busy.title}"`) as string,
      })),
    );
    const unchanged = (
      await request(stage.app.url)
        .get(`/api/events/${eventId}/agenda`)
        .auth(organiser, { type: 'bearer' })
    ).body as EventAgenda;
    expect(unchanged.sessions.find((s) => s.id === other.id)).toEqual(other);
  });

  it('should create a session once for a resent form, then delete it for everyone', async () => {
    const socket = await stage.connect(participant);
    const body = {
      ...inputOf(withSpeaker()),
      id: randomUUID(),
      title: 'Evening networking',
      kind: 'break',
      startTime: '19:00',
      endTime: '20:00',
      room: null,
      speakerIds: [],
      moderatorIds: [],
    };
    const first = await request(stage.app.url)
      .post(sessionsPath())
      .auth(organiser, { type: 'bearer' })
      .send(body)
      .expect(201);
    const again = await request(stage.app.url)
      .post(sessionsPath())
      .auth(organiser, { type: 'bearer' })
      .send(body)
      .expect(201);
    expect(again.body).toEqual(first.body);

    const deleted = nextEvent(socket, 'agenda:session.deleted');
    await request(stage.app.url)
      .delete(`${sessionsPath()}/${body.id}`)
      .auth(organiser, { type: 'bearer' })
      .expect(204);
    await expect(deleted).resolves.toEqual({ eventId, sessionId: body.id });
  });

  it('should reject a session that ends before it starts', async () => {
    const response = await request(stage.app.url)
      .post(sessionsPath())
      .auth(organiser, { type: 'bearer' })
      .send({ ...inputOf(withSpeaker()), id: randomUUID(), startTime: '10:00', endTime: '09:00' })
      .expect(400);
    expect(response.body).toMatchObject({
      error: { issues: [{ path: 'endTime', message: 'The session must end after it starts' }] },
    });
  });

  it('should refuse agenda changes to a participant', async () => {
    const target = withSpeaker();
    const response = await request(stage.app.url)
      .put(`${sessionsPath()}/${target.id}`)
      .auth(participant, { type: 'bearer' })
      .send(inputOf(target))
      .expect(403);
    expect((response.body as { error: { code: string } }).error.code).toBe('FORBIDDEN');
  });
});
