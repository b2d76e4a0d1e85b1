import { randomUUID } from 'node:crypto';
import type {
  AgendaSession,
  ErrorResponse,
  EvaluationReminded,
  DemoPerson,
  EvaluationForm,
  EvaluationResults,
  EventAgenda,
  MyEvaluations,
  SaveEvaluationForm,
} from '@hadir/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { databasesUnderTest } from '../support/databases';
import { call } from '../support/session-live';
import { appStage } from '../support/stage';
import { demoPeople, signIn, signInAs, withRole } from '../support/test-app';

const failure = (response: { body: unknown }) => (response.body as ErrorResponse).error;
const rating = randomUUID();
const comment = randomUUID();
const form = (anonymous: boolean): SaveEvaluationForm => ({
  title: 'How was it?',
  anonymous,
  questions: [
    { id: rating, kind: 'rating', prompt: 'How useful was it?', required: true },
    { id: comment, kind: 'text', prompt: 'What will you use?', required: false },
  ],
});

describe.each(databasesUnderTest())('evaluation on $kind', ({ create }) => {
  const stage = appStage(create);
  let people: DemoPerson[];
  let organiser: string;
  let eventId: string;
  let ended: AgendaSession;
  let upcoming: AgendaSession;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    people = await demoPeople(stage.app);
    const signedIn = await signInAs(stage.app, 'organiser', people);
    organiser = signedIn.token;
    eventId = signedIn.me.roles[0]?.eventId ?? '';
    const agenda = (
      await request(stage.app.url)
        .get(`/api/events/${eventId}/agenda`)
        .auth(organiser, { type: 'bearer' })
        .expect(200)
    ).body as EventAgenda;
    const now = Date.now();
    const talks = agenda.sessions.filter((s) => s.kind !== 'break');
    const past = talks.filter((s) => Date.parse(s.endsAt) < now);
    ended = past[past.length - 1];
    upcoming = talks.find((s) => Date.parse(s.startsAt) > now) as AgendaSession;
    expect(ended).toBeDefined();
    expect(upcoming).toBeDefined();
  });

  const api = () => request(stage.app.url);
  const tokenOf = async (person: DemoPerson) => {
    const known = tokens.get(person.id);
    if (known) return known;
    const { token } = await signIn(stage.app, person);
    tokens.set(person.id, token);
    return token;
  };
  const participants = () => people.filter(withRole('participant'));
  const save = (kind: string, body: SaveEvaluationForm, token = organiser) =>
    api()
      .put(`/api/events/${eventId}/evaluation/forms/${kind}`)
      .auth(token, { type: 'bearer' })
      .send(body);
  const open = (kind: string) =>
    api()
      .put(`/api/events/${eventId}/evaluation/forms/${kind}/status`)
      .auth(organiser, { type: 'bearer' })
      .send({ status: 'open' })
      .expect(200);
  const answer = (token: string, body: Record<string, unknown>) =>
    api()
      .post(`/api/events/${eventId}/evaluation/answers`)
      .auth(token, { type: 'bearer' })
      .send(body);
  const results = async (formId: string) =>
    (
      await api()
        .get(`/api/events/${eventId}/evaluation/forms/${formId}/results`)
        .auth(organiser, { type: 'bearer' })
        .expect(200)
    ).body as EvaluationResults;
  const mine = async (token: string) =>
    (
      await api()
        .get(`/api/events/${eventId}/evaluation/mine`)
        .auth(token, { type: 'bearer' })
        .expect(200)
    ).body as MyEvaluations;
  const markPresent = (person: DemoPerson, session: AgendaSession) =>
    api()
      .post(`/api/events/${eventId}/attendance/corrections`)
      .auth(organiser, { type: 'bearer' })
      .send({
        id: randomUUID(),
        personId: person.id,
        sessionId: session.id,
        kind: 'present',
        mode: 'in_person',
        from: null,
        to: null,
        reason: 'Signed the paper list',
      })
      .expect(200);

  it('should let only organisers prepare forms', async () => {
    const participant = await tokenOf(participants()[0]);
    const refused = await save('programme', form(true), participant).expect(403);
    expect(failure(refused).code).toBe('FORBIDDEN');
    const bad = await save('programme', { ...form(true), questions: [] }).expect(400);
    expect(failure(bad).code).toBe('VALIDATION_FAILED');
  });

  it('should ask a participant about the sessions they attended once they end, and record one answer per retry', async () => {
    const created = (await save('session', form(false)).expect(200)).body as EvaluationForm;
    expect(created.status).toBe('draft');
    const person = participants()[0];
    const token = await tokenOf(person);
    expect((await mine(token)).requests).toEqual([]);
    await open('session');
    await markPresent(person, ended);

    const asked = (await mine(token)).requests.filter((r) => r.sessionId === ended.id);
    expect(asked).toEqual([
      expect.objectContaining({ sessionId: ended.id, sessionTitle: ended.title, answered: false }),
    ]);

    const early = await answer(token, {
      id: randomUUID(),
      formId: created.id,
      sessionId: upcoming.id,
      answers: { [rating]: 4 },
    }).expect(409);
    expect(failure(early).reason).toBe('evaluation.sessionNotEnded');
    const missing = await answer(token, {
      id: randomUUID(),
      formId: created.id,
      sessionId: ended.id,
      answers: { [comment]: 'Nothing' },
    }).expect(400);
    expect(failure(missing)).toMatchObject({
      reason: 'evaluation.answerRequired',
      params: { prompt: 'How useful was it?' },
    });

    const body = {
      id: randomUUID(),
      formId: created.id,
      sessionId: ended.id,
      answers: { [rating]: 4, [comment]: '=HYPERLINK("x") the cold chain' },
    };
    await answer(token, body).expect(201);
    await answer(token, body).expect(201);
    const again = await answer(token, { ...body, id: randomUUID() }).expect(409);
    expect(failure(again).reason).toBe('evaluation.alreadyAnswered');

    const figures = await results(created.id);
    expect(figures.overall.responses).toBe(1);
    expect(figures.overall.ratings[0]).toEqual({
      questionId: rating,
      counts: [0, 0, 0, 1, 0],
      average: 4,
    });
    const session = figures.sessions.find((s) => s.sessionId === ended.id);
    expect(session?.responses).toBe(1);
    expect(session?.expected).toBeGreaterThanOrEqual(1);
    expect(figures.texts).toEqual([
      {
        questionId: comment,
        sessionId: ended.id,
        text: '=HYPERLINK("x") the cold chain',
        author: person.name,
      },
    ]);
    expect((await mine(token)).requests.find((r) => r.sessionId === ended.id)?.answered).toBe(true);

    const csv = await api()
      .get(`/api/events/${eventId}/evaluation/forms/${created.id}/answers.csv`)
      .auth(organiser, { type: 'bearer' })
      .expect(200);
    expect(
      csv.text.startsWith('\uFEFFSession,Name,Country,How useful was it?,What will you use?\r\n'),
    ).toBe(true);
    expect(csv.text).toContain(`'=HYPERLINK(""x"") the cold chain`);
    expect(csv.text).toContain(person.name);

    const changed = await save('session', {
      ...form(false),
      questions: [
        ...form(false).questions,
        { id: randomUUID(), kind: 'text', prompt: 'More?', required: false },
      ],
    }).expect(409);
    expect(failure(changed).reason).toBe('evaluation.formAnswered');
    await save('session', { ...form(false), title: 'Session feedback' }).expect(200);
  });

  it("should offer an ended session's form on its page to a participant the ledger missed, without asking them elsewhere", async () => {
    const person = participants()[1];
    const token = await tokenOf(person);
    expect((await mine(token)).requests.some((r) => r.sessionId === ended.id)).toBe(false);
    const onPage = (
      await api()
        .get(`/api/events/${eventId}/evaluation/mine`)
        .query({ sessionId: ended.id })
        .auth(token, { type: 'bearer' })
        .expect(200)
    ).body as MyEvaluations;
    expect(onPage.requests).toEqual([
      expect.objectContaining({ sessionId: ended.id, answered: false }),
    ]);
    const notYet = (
      await api()
        .get(`/api/events/${eventId}/evaluation/mine`)
        .query({ sessionId: upcoming.id })
        .auth(token, { type: 'bearer' })
        .expect(200)
    ).body as MyEvaluations;
    expect(notYet.requests).toEqual([]);
  });

  it('should store no person, no time and no rare country with an anonymous answer', async () => {
    const created = (await save('programme', form(true)).expect(200)).body as EvaluationForm;
    await open('programme');
    // Every demo delegation has three or more; one participant moves to a country of their own.
    const [common, rare] = participants().slice(-2) as [DemoPerson, DemoPerson];
    await api()
      .patch(`/api/events/${eventId}/people/${rare.id}`)
      .auth(organiser, { type: 'bearer' })
      .send({ country: 'FJ' })
      .expect(200);

    for (const [person, value] of [
      [common, 5],
      [rare, 2],
    ] as const) {
      await answer(await tokenOf(person), {
        id: randomUUID(),
        formId: created.id,
        sessionId: null,
        answers: { [rating]: value, [comment]: `From ${person.country}` },
      }).expect(201);
    }

    const database = await new DataSource(
      dataSourceOptions(stage.app.config.database),
    ).initialize();
    const param = stage.app.config.database.kind === 'postgres' ? '$1' : '?';
    try {
      const rows = await database.query<
        { person_id: string | null; country: string | null; submitted_at: unknown }[]
      >(
        `SELECT person_id, country, submitted_at FROM evaluation_answers WHERE form_id = ${param}`,
        [created.id],
      );
      expect(rows).toHaveLength(2);
      expect(rows.every((row) => row.person_id === null && row.submitted_at === null)).toBe(true);
      expect(rows.map((row) => row.country).sort()).toEqual([common.country, null].sort());
      const receipts = await database.query<{ n: string | number }[]>(
        `SELECT COUNT(*) AS n FROM evaluation_receipts WHERE form_id = ${param}`,
        [created.id],
      );
      expect(Number(receipts[0]?.n)).toBe(2);
    } finally {
      await database.destroy();
    }

    const figures = await results(created.id);
    expect(figures.expected).toBe(participants().length);
    expect(figures.texts.every((entry) => entry.author === null)).toBe(true);
    expect(figures.countries).toEqual([
      expect.objectContaining({ country: common.country, responses: 1 }),
      expect.objectContaining({ country: null, responses: 1 }),
    ]);
    const csv = await api()
      .get(`/api/events/${eventId}/evaluation/forms/${created.id}/answers.csv`)
      .auth(organiser, { type: 'bearer' })
      .expect(200);
    expect(csv.text).not.toContain(common.name);
    expect(csv.text.split('\r\n')[0]).toBe('\uFEFFCountry,How useful was it?,What will you use?');
  });

  it('should push results to watching organisers and remind only those who have not answered', async () => {
    const forms = (
      await api()
        .get(`/api/events/${eventId}/evaluation/forms`)
        .auth(organiser, { type: 'bearer' })
        .expect(200)
    ).body as { programme: EvaluationForm };
    const formId = forms.programme.id;
    const watcher = await stage.connect(organiser);
    const first = await call(watcher.emitWithAck('evaluation:results.watch', { eventId, formId }));
    const before = first.overall.responses;

    const person = participants().find((p) => !tokens.has(p.id)) as DemoPerson;
    const token = await tokenOf(person);
    const socket = await stage.connect(token);
    const reminded = new Promise((resolve) => socket.once('evaluation:reminder', resolve));
    const reminder = await api()
      .post(`/api/events/${eventId}/evaluation/forms/${formId}/reminders`)
      .auth(organiser, { type: 'bearer' })
      .expect(201);
    expect((reminder.body as EvaluationReminded).reminded).toBe(participants().length - before);
    await expect(reminded).resolves.toEqual({ eventId, formId });

    const pushed = new Promise<EvaluationResults>((resolve) =>
      watcher.on('evaluation:results.updated', (next) => {
        if (next.overall.responses === before + 1) resolve(next);
      }),
    );
    await answer(token, {
      id: randomUUID(),
      formId,
      sessionId: null,
      answers: { [rating]: 3 },
    }).expect(201);
    await expect(pushed).resolves.toMatchObject({ formId, overall: { responses: before + 1 } });

    const refused = await stage.connect(token);
    const ack = await refused.emitWithAck('evaluation:results.watch', { eventId, formId });
    expect(ack).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('should keep staff from answering and reject answers to questions the form does not have', async () => {
    const forms = (
      await api()
        .get(`/api/events/${eventId}/evaluation/forms`)
        .auth(organiser, { type: 'bearer' })
        .expect(200)
    ).body as { programme: EvaluationForm };
    const staff = await answer(organiser, {
      id: randomUUID(),
      formId: forms.programme.id,
      sessionId: null,
      answers: { [rating]: 3 },
    }).expect(403);
    expect(failure(staff).reason).toBe('evaluation.participantsOnly');
    const person = participants().find((p) => !tokens.has(p.id)) as DemoPerson;
    const stray = await answer(await tokenOf(person), {
      id: randomUUID(),
      formId: forms.programme.id,
      sessionId: null,
      answers: { [rating]: 3, [randomUUID()]: 'extra' },
    }).expect(400);
    expect(failure(stray).reason).toBe('evaluation.unknownQuestion');
  });
});
