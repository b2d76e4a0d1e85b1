import { randomUUID } from 'node:crypto';
import type {
  CheckInScan,
  EventAgenda,
  EventAttendanceReport,
  PersonAttendanceReport,
} from '@hadir/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PresenceIntervalEntity } from '../../src/attendance/entities/presence-interval.entity';
import { appStage } from '../support/stage';
import { databasesUnderTest } from '../support/databases';
import { demoPeople, signIn, signInAs } from '../support/test-app';

const MIN = 60_000;

/**
 * Known evidence, exact minutes: remote intervals written as the presence log writes them, door
 * passages sent as a scanner sends them, then the ledger read through the API.
 */
describe.each(databasesUnderTest())('the attendance ledger on $kind', ({ create }) => {
  const stage = appStage(create);
  let organiser: string;
  let facilitator: string;
  let eventId: string;
  let session: EventAgenda['sessions'][number];
  let agenda: EventAgenda;
  let participants: { id: string; token: string }[];
  let others: string[];

  const at = (minutes: number) => new Date(Date.parse(session.startsAt) + minutes * MIN);
  const remote = (personId: string, from: number, to: number) =>
    stage.app.app
      .get(DataSource)
      .getRepository(PresenceIntervalEntity)
      .insert({
        id: randomUUID(),
        sessionId: session.id,
        personId,
        mode: 'remote',
        joinedAt: at(from),
        leftAt: at(to),
        lastSeenAt: at(to),
      });
  const door = (personId: string, minute: number, direction: 'in' | 'out'): CheckInScan => ({
    id: randomUUID(),
    eventId,
    method: 'search',
    personId,
    deviceId: 'hall-door',
    scannedAt: at(minute).toISOString(),
    venueRoom: session.room ?? undefined,
    direction,
  });
  const report = async (token: string) =>
    await request(stage.app.url)
      .get(`/api/events/${eventId}/attendance`)
      .auth(token, { type: 'bearer' });

  beforeAll(async () => {
    const people = await demoPeople(stage.app);
    const signedIn = await signInAs(stage.app, 'organiser', people);
    organiser = signedIn.token;
    eventId = signedIn.me.roles[0]?.eventId ?? '';
    facilitator = (await signInAs(stage.app, 'facilitator', people)).token;
    participants = await Promise.all(
      people
        .filter((person) => person.roles.join() === 'participant')
        .slice(0, 3)
        .map(async (person) => ({ id: person.id, token: (await signIn(stage.app, person)).token })),
    );
    others = people
      .filter((person) => person.roles.join() === 'participant')
      .slice(3, 5)
      .map((person) => person.id);
    agenda = (
      await request(stage.app.url)
        .get(`/api/events/${eventId}/agenda`)
        .auth(organiser, { type: 'bearer' })
    ).body as EventAgenda;
    const long = agenda.sessions.find(
      (candidate) =>
        candidate.room !== null &&
        candidate.kind !== 'break' &&
        Date.parse(candidate.endsAt) - Date.parse(candidate.startsAt) >= 60 * MIN &&
        Date.parse(candidate.endsAt) < Date.now(),
    );
    if (!long) throw new Error('The demo has no finished session of an hour in a room');
    session = long;

    const [ana, budi, citra] = participants as [
      (typeof participants)[number],
      (typeof participants)[number],
      (typeof participants)[number],
    ];
    // Ana, from home: a reconnect after one minute (inside the grace) and a tab opened twice.
    await remote(ana.id, 0, 30);
    await remote(ana.id, 31, 60);
    await remote(ana.id, 10, 20);
    // Budi, in the hall: in at 20, out at 50.
    // Citra: from home until 40, then in the hall from 35 until the end.
    await remote(citra.id, 0, 40);
    await request(stage.app.url)
      .post(`/api/events/${eventId}/check-ins/sync`)
      .auth(facilitator, { type: 'bearer' })
      .send({
        scans: [door(budi.id, 20, 'in'), door(budi.id, 50, 'out'), door(citra.id, 35, 'in')],
      })
      .expect(200);
  });

  it('should give exact minutes per person for merged remote intervals, door passages and both', async () => {
    const response = await report(organiser);
    expect(response.status).toBe(200);
    const body = response.body as EventAttendanceReport;
    const inSession = (personId: string) =>
      body.people
        .find((person) => person.personId === personId)
        ?.sessions.find((attended) => attended.sessionId === session.id);
    const length = (Date.parse(session.endsAt) - Date.parse(session.startsAt)) / MIN;
    const [ana, budi, citra] = participants;
    expect(inSession(ana?.id ?? '')).toMatchObject({ minutes: 60, mode: 'remote' });
    expect(inSession(budi?.id ?? '')).toMatchObject({ minutes: 30, mode: 'in_person' });
    expect(inSession(citra?.id ?? '')).toMatchObject({ minutes: length, mode: 'both' });
    expect(body.certificatePercent).toBe(80);
  });

  it('should show a participant their own attendance and refuse them everyone’s', async () => {
    const [ana] = participants;
    const mine = await request(stage.app.url)
      .get(`/api/events/${eventId}/attendance/me`)
      .auth(ana?.token ?? '', { type: 'bearer' })
      .expect(200);
    const own = mine.body as PersonAttendanceReport;
    expect(own.personId).toBe(ana?.id);
    expect(own.sessions.find((attended) => attended.sessionId === session.id)?.minutes).toBe(60);
    expect(own.total.minutes).toBe(60);
    expect(own.eligible).toBe(false);
    expect((await report(ana?.token ?? '')).status).toBe(403);
  });

  it('should export people and sessions as spreadsheets whose cells never run as formulas', async () => {
    const [, budi] = participants;
    await request(stage.app.url)
      .patch(`/api/events/${eventId}/people/${budi?.id}`)
      .auth(organiser, { type: 'bearer' })
      .send({ name: '=HYPERLINK("http://evil.example","Budi")' })
      .expect(200);
    const people = await request(stage.app.url)
      .get(`/api/events/${eventId}/attendance/people.csv`)
      .auth(organiser, { type: 'bearer' })
      .expect(200);
    expect(people.headers['content-type']).toContain('text/csv');
    // The byte-order mark is what makes Excel read the file as UTF-8, names like Nguyễn included.
    expect(people.text.startsWith('\uFEFFName,Country,')).toBe(true);
    const budiRow = people.text.split('\r\n').find((line) => line.includes('HYPERLINK'));
    expect(budiRow?.startsWith(`"'=HYPERLINK(""http://evil.example"",""Budi"")"`)).toBe(true);
    expect(budiRow).toContain(',in_person,30,');

    const sessions = await request(stage.app.url)
      .get(`/api/events/${eventId}/attendance/sessions.csv`)
      .auth(organiser, { type: 'bearer' })
      .expect(200);
    const length = (Date.parse(session.endsAt) - Date.parse(session.startsAt)) / MIN;
    const row = sessions.text.split('\r\n').find((line) => line.includes(session.startsAt));
    expect(row?.endsWith(`,3,1,1,1,${60 + 30 + length}`)).toBe(true);
    await request(stage.app.url)
      .get(`/api/events/${eventId}/attendance/sessions.csv`)
      .auth(participants[0]?.token ?? '', { type: 'bearer' })
      .expect(403);
  });

  it('should count an interval still open up to now, or to a heartbeat after a crashed node last saw it', async () => {
    const finished = agenda.sessions.find(
      (candidate) =>
        candidate.id !== session.id &&
        candidate.kind !== 'break' &&
        Date.parse(candidate.endsAt) - Date.parse(candidate.startsAt) >= 30 * MIN &&
        Date.parse(candidate.endsAt) < Date.now(),
    );
    if (!finished) throw new Error('The demo has no other finished session of half an hour');
    const minute = (minutes: number) => new Date(Date.parse(finished.startsAt) + minutes * MIN);
    const [following, crashed] = others;
    await stage.app.app
      .get(DataSource)
      .getRepository(PresenceIntervalEntity)
      .insert([
        // Still marked a moment ago: there until the session's end.
        {
          id: randomUUID(),
          sessionId: finished.id,
          personId: following,
          mode: 'remote',
          joinedAt: minute(0),
          leftAt: null,
          lastSeenAt: new Date(),
        },
        // Its node stopped marking it at minute 20: gone a heartbeat later.
        {
          id: randomUUID(),
          sessionId: finished.id,
          personId: crashed,
          mode: 'remote',
          joinedAt: minute(10),
          leftAt: null,
          lastSeenAt: minute(20),
        },
      ]);
    const body = (await report(organiser)).body as EventAttendanceReport;
    const inFinished = (personId: string | undefined) =>
      body.people
        .find((person) => person.personId === personId)
        ?.sessions.find((attended) => attended.sessionId === finished.id);
    const length = (Date.parse(finished.endsAt) - Date.parse(finished.startsAt)) / MIN;
    expect(inFinished(following)).toMatchObject({ minutes: length, mode: 'remote' });
    expect(inFinished(crashed)).toMatchObject({ minutes: 11, mode: 'remote' });
  });

  it('should let organisers correct a record with a reason, keep every correction in its history, and leave the records alone', async () => {
    const [, budi, citra] = participants as [
      (typeof participants)[number],
      (typeof participants)[number],
      (typeof participants)[number],
    ];
    const budiIn = async () => {
      const body = (await report(organiser)).body as EventAttendanceReport;
      const person = body.people.find((entry) => entry.personId === budi.id);
      return {
        minutes: person?.sessions.find((entry) => entry.sessionId === session.id)?.minutes,
        mode: person?.sessions.find((entry) => entry.sessionId === session.id)?.mode,
        corrected: person?.correctedSessionIds,
        total: person?.total.minutes,
      };
    };
    const corrections = `/api/events/${eventId}/attendance/corrections`;
    const correct = (token: string, body: object) =>
      request(stage.app.url).post(corrections).auth(token, { type: 'bearer' }).send(body);
    expect(await budiIn()).toMatchObject({ minutes: 30, mode: 'in_person', corrected: [] });

    const inHall = {
      id: randomUUID(),
      personId: budi.id,
      sessionId: session.id,
      kind: 'present',
      mode: 'in_person',
      from: at(0).toISOString(),
      to: at(60).toISOString(),
      reason: 'The side door’s scanner was offline; the facilitator saw him from the start',
    };
    expect((await correct(budi.token, inHall)).status).toBe(403);
    expect((await correct(organiser, { ...inHall, reason: '' })).status).toBe(400);
    expect((await correct(organiser, { ...inHall, mode: null })).status).toBe(400);
    const made = (await correct(organiser, inHall).expect(200)).body as { id: string };
    await correct(organiser, inHall).expect(200);
    expect(await budiIn()).toMatchObject({
      minutes: 60,
      mode: 'in_person',
      corrected: [session.id],
    });

    const absent = {
      ...inHall,
      id: randomUUID(),
      kind: 'absent',
      mode: null,
      from: null,
      to: null,
      reason: 'He left for the airport after the check-in',
    };
    await correct(organiser, absent).expect(200);
    expect(await budiIn()).toMatchObject({ minutes: 0, mode: null, total: 0 });

    await request(stage.app.url)
      .post(`${corrections}/${absent.id}/withdraw`)
      .auth(organiser, { type: 'bearer' })
      .send({ reason: 'Wrong person: it was his colleague who left' })
      .expect(200);
    expect(await budiIn()).toMatchObject({ minutes: 60, corrected: [session.id] });

    const history = (
      await request(stage.app.url)
        .get(corrections)
        .query({ personId: budi.id })
        .auth(organiser, { type: 'bearer' })
        .expect(200)
    ).body as {
      corrections: { id: string; inForce: boolean; withdrawn: unknown; reason: string }[];
    };
    expect(
      history.corrections.map((entry) => [entry.id, entry.inForce, entry.withdrawn !== null]),
    ).toEqual([
      [made.id, true, false],
      [absent.id, false, true],
    ]);
    // Budi reads his own history; Citra may not read his.
    const own = await request(stage.app.url)
      .get(corrections)
      .auth(budi.token, { type: 'bearer' })
      .expect(200);
    expect((own.body as { corrections: unknown[] }).corrections).toHaveLength(2);
    await request(stage.app.url)
      .get(corrections)
      .query({ personId: budi.id })
      .auth(citra.token, { type: 'bearer' })
      .expect(403);

    // Withdrawn, the records speak again, unchanged.
    await request(stage.app.url)
      .post(`${corrections}/${made.id}/withdraw`)
      .auth(organiser, { type: 'bearer' })
      .send({ reason: 'The door camera shows him arriving at twenty past' })
      .expect(200);
    expect(await budiIn()).toMatchObject({ minutes: 30, mode: 'in_person', corrected: [] });
  });

  it('should decide certificates by the rule the organisers set for the event', async () => {
    const [ana] = participants as [(typeof participants)[number]];
    const rule = `/api/events/${eventId}/attendance/rule`;
    const put = (token: string, certificatePercent: unknown) =>
      request(stage.app.url).put(rule).auth(token, { type: 'bearer' }).send({ certificatePercent });
    const anaNow = async () =>
      (
        await request(stage.app.url)
          .get(`/api/events/${eventId}/attendance/me`)
          .auth(ana.token, { type: 'bearer' })
          .expect(200)
      ).body as PersonAttendanceReport;
    expect(await anaNow()).toMatchObject({ certificatePercent: 80, eligible: false });

    await put(ana.token, 1).expect(403);
    await put(organiser, 0).expect(400);
    await put(organiser, 101).expect(400);
    // Her hour is a few percent of the programme: enough under a rule of 1%.
    await put(organiser, 1).expect(200);
    expect(await anaNow()).toMatchObject({ certificatePercent: 1, eligible: true });
    const everyone = (await report(organiser)).body as EventAttendanceReport;
    expect(everyone.certificatePercent).toBe(1);
    expect(
      (await request(stage.app.url).get(rule).auth(ana.token, { type: 'bearer' }).expect(200)).body,
    ).toEqual({ certificatePercent: 1 });

    await put(organiser, 80).expect(200);
    expect(await anaNow()).toMatchObject({ certificatePercent: 80, eligible: false });
  });

  it('should print a code on a qualifying certificate that anyone can check, valid while the attendance earns it', async () => {
    const [ana] = participants as [(typeof participants)[number]];
    const rule = `/api/events/${eventId}/attendance/rule`;
    const setRule = (certificatePercent: number) =>
      request(stage.app.url)
        .put(rule)
        .auth(organiser, { type: 'bearer' })
        .send({ certificatePercent })
        .expect(200);
    const anaNow = async () =>
      (
        await request(stage.app.url)
          .get(`/api/events/${eventId}/attendance/me`)
          .auth(ana.token, { type: 'bearer' })
          .expect(200)
      ).body as PersonAttendanceReport;
    const check = (code: string) => request(stage.app.url).get(`/api/certificates/${code}`);
    expect((await anaNow()).certificate).toBeNull();

    await setRule(1);
    const own = await anaNow();
    expect(own.certificate?.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    const code = own.certificate?.code ?? '';
    expect((await anaNow()).certificate).toEqual(own.certificate);
    const everyone = (await report(organiser)).body as EventAttendanceReport;
    for (const person of everyone.people) {
      expect(person.certificate !== null).toBe(person.eligible);
    }
    expect(everyone.people.find((p) => p.personId === ana.id)?.certificate).toEqual(
      own.certificate,
    );

    const checked = await check(code.toLowerCase()).expect(200);
    expect(checked.body).toMatchObject({
      code,
      issuedAt: own.certificate?.issuedAt,
      name: own.name,
      country: own.country,
      valid: true,
      programme: { title: expect.any(String) as string },
    });

    await setRule(80);
    expect((await check(code).expect(200)).body).toMatchObject({ code, valid: false });
    expect((await check('NOSUCHCODE00').expect(404)).body).toMatchObject({
      error: { reason: 'attendance.certificateNotFound' },
    });
  });
});
