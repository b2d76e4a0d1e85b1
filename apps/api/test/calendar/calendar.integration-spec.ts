import { randomUUID } from 'node:crypto';
import type { CalendarFeed, EventAgenda } from '@hadir/contracts';
import { wallClockOf } from '@hadir/domain';
import ICAL from 'ical.js';
import request from 'supertest';
import { databasesUnderTest } from '../support/databases';
import { appStage } from '../support/stage';
import { demoPeople, signInAs } from '../support/test-app';

function eventsOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      title: event.summary,
      startsAt: event.startDate.toJSDate().toISOString(),
      endsAt: event.endDate.toJSDate().toISOString(),
      url: String(vevent.getFirstPropertyValue('url')),
    };
  });
}

const dayIn = (instant: string, zone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, dateStyle: 'short' }).format(
    new Date(instant),
  );

describe.each(databasesUnderTest())('calendars on $kind', ({ create }) => {
  const stage = appStage(create);
  let organiser: string;
  let participant: string;
  let eventId: string;

  beforeAll(async () => {
    const people = await demoPeople(stage.app);
    organiser = (await signInAs(stage.app, 'organiser', people)).token;
    const signedIn = await signInAs(stage.app, 'participant', people);
    participant = signedIn.token;
    eventId = signedIn.me.roles[0]?.eventId ?? '';
  });

  const agenda = async () =>
    (
      await request(stage.app.url)
        .get(`/api/events/${eventId}/agenda`)
        .auth(participant, { type: 'bearer' })
        .expect(200)
    ).body as EventAgenda;
  const subscribe = async (id = randomUUID()) =>
    (
      await request(stage.app.url)
        .post(`/api/events/${eventId}/calendar-feed`)
        .auth(participant, { type: 'bearer' })
        .send({ id })
        .expect(201)
    ).body as CalendarFeed;
  const read = (path: string) => request(stage.app.url).get(path);

  it("should give one session as a file a calendar reads back at the agenda's times", async () => {
    const [session] = (await agenda()).sessions;
    const response = await request(stage.app.url)
      .get(`/api/events/${eventId}/sessions/${session?.id}/calendar.ics`)
      .auth(participant, { type: 'bearer' })
      .expect(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(eventsOf(response.text)).toEqual([
      {
        uid: `${session?.id}@hadir`,
        title: session?.title,
        startsAt: session?.startsAt,
        endsAt: session?.endsAt,
        url: `${stage.app.url}/events/${eventId}/sessions/${session?.id}`,
      },
    ]);
  });

  it('should serve the whole programme to a subscribed calendar, and follow the agenda when it changes', async () => {
    const { path } = await subscribe();
    if (!path) throw new Error('No link was made');
    const before = await agenda();
    const zone = before.event.timezone;
    const day = wallClockOf(new Date(before.sessions[0]?.startsAt ?? ''), zone).date;
    // 22:30 in Jakarta is 23:30 in Manila: the session ends there on the next day.
    const late = {
      id: randomUUID(),
      title: 'Evening call with the Manila delegation',
      description: '',
      kind: 'workshop',
      date: day,
      startTime: '22:30',
      endTime: '23:45',
      room: null,
      streamed: true,
      speakerIds: [],
      moderatorIds: [],
    };
    await request(stage.app.url)
      .post(`/api/events/${eventId}/sessions`)
      .auth(organiser, { type: 'bearer' })
      .send(late)
      .expect(201);

    const feed = await read(path).expect(200);
    const now = await agenda();
    expect(
      eventsOf(feed.text).map(({ uid, startsAt, endsAt }) => ({ uid, startsAt, endsAt })),
    ).toEqual(
      now.sessions.map((s) => ({ uid: `${s.id}@hadir`, startsAt: s.startsAt, endsAt: s.endsAt })),
    );
    const call = eventsOf(feed.text).find((e) => e.uid === `${late.id}@hadir`);
    expect(dayIn(call?.startsAt ?? '', 'Asia/Manila')).not.toBe(
      dayIn(call?.endsAt ?? '', 'Asia/Manila'),
    );
    expect(dayIn(call?.startsAt ?? '', zone)).toBe(dayIn(call?.endsAt ?? '', zone));

    const { id, ...fields } = late;
    await request(stage.app.url)
      .put(`/api/events/${eventId}/sessions/${id}`)
      .auth(organiser, { type: 'bearer' })
      .send({ ...fields, startTime: '20:00', endTime: '21:00' })
      .expect(200);
    const moved = eventsOf((await read(path).expect(200)).text).find(
      (e) => e.uid === `${id}@hadir`,
    );
    const session = (await agenda()).sessions.find((s) => s.id === id);
    expect(moved).toMatchObject({ startsAt: session?.startsAt, endsAt: session?.endsAt });
    expect(moved?.startsAt).not.toBe(call?.startsAt);
  });

  it('should make one link for a repeated request, and stop the old link when a new one is made or it is turned off', async () => {
    const id = randomUUID();
    const first = await subscribe(id);
    expect(await subscribe(id)).toEqual(first);
    await read(first.path ?? '').expect(200);

    const second = await subscribe();
    expect(second.path).not.toBe(first.path);
    const refused = await read(first.path ?? '').expect(404);
    expect(refused.headers['content-type']).toMatch(/^application\/json/);
    expect(refused.body).toMatchObject({ error: { reason: 'calendar.feedTurnedOff' } });
    await read(second.path ?? '').expect(200);
    const shown = await request(stage.app.url)
      .get(`/api/events/${eventId}/calendar-feed`)
      .auth(participant, { type: 'bearer' })
      .expect(200);
    expect(shown.body).toEqual(second);

    await request(stage.app.url)
      .delete(`/api/events/${eventId}/calendar-feed`)
      .auth(participant, { type: 'bearer' })
      .expect(200, { path: null });
    await read(second.path ?? '').expect(404);
    await read('/api/calendar/not-a-token.ics').expect(404);
  });
});
