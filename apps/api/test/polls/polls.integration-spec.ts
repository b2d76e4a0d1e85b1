import { randomUUID } from 'node:crypto';
import type {
  Ack,
  CreatePoll,
  Poll,
  PollAnswer,
  PollResults,
  SessionState,
} from '@hadir/contracts';
import request from 'supertest';
import { databasesUnderTest } from '../support/databases';
import { call, sessionStage, type SignedIn } from '../support/session-live';
import { type LiveClient, nextEvent } from '../support/test-app';

describe.each(databasesUnderTest())('polls on $kind', ({ create }) => {
  const stage = sessionStage(create);
  let eventId: string;
  let moderator: SignedIn;
  let ana: SignedIn;
  let budi: SignedIn;
  const freshSession = () => stage.freshSession();
  const join = (person: SignedIn, sessionId: string) => stage.join(person, sessionId);

  const newPoll = (sessionId: string, overrides: Partial<CreatePoll> = {}): CreatePoll => ({
    id: randomUUID(),
    sessionId,
    question: 'Which support helps your business most?',
    kind: 'single',
    options: ['Export credit', 'Training', 'Market access'],
    resultsVisibility: 'live',
    anonymous: false,
    allowChange: false,
    open: true,
    ...overrides,
  });
  const answer = (
    socket: LiveClient,
    poll: Poll,
    optionIds: string[],
    id = randomUUID(),
  ): Promise<Ack<PollAnswer>> =>
    socket.emitWithAck('poll:answer', {
      sessionId: poll.sessionId,
      pollId: poll.id,
      id,
      optionIds,
    });
  const state = (socket: LiveClient, sessionId: string) =>
    call<SessionState>(socket.emitWithAck('session:state.get', { sessionId }));

  beforeAll(() => {
    ({
      eventId,
      moderator,
      participants: [ana, budi],
    } = stage.cast);
  });

  it('should keep a draft from the room until it is opened', async () => {
    const sessionId = freshSession();
    const desk = await join(moderator, sessionId);
    const room = await join(ana, sessionId);
    const seen: Poll[] = [];
    room.on('poll:changed', (poll) => seen.push(poll));

    const draft = await call<Poll>(
      desk.emitWithAck('poll:create', newPoll(sessionId, { open: false })),
    );
    expect(draft.status).toBe('draft');
    expect((await state(room, sessionId)).polls).toEqual([]);
    const opened = nextEvent(room, 'poll:changed');
    await call(desk.emitWithAck('poll:open', { sessionId, pollId: draft.id }));
    expect(await opened).toMatchObject({ id: draft.id, status: 'open' });
    expect(seen.map((poll) => poll.status)).toEqual(['open']);
  });

  it('should count one answer per person: a resend changes nothing, a second answer is refused', async () => {
    const sessionId = freshSession();
    const desk = await join(moderator, sessionId);
    const room = await join(ana, sessionId);
    const poll = await call<Poll>(desk.emitWithAck('poll:create', newPoll(sessionId)));
    const [credit, training] = poll.options;

    // Collected from now on: the first push may come before the answers below are all answered.
    const pushed: PollResults[] = [];
    desk.on('poll:results', (results) => pushed.push(results));
    const id = randomUUID();
    const first = await call(answer(room, poll, [credit.id], id));
    expect(await call(answer(room, poll, [credit.id], id))).toEqual(first);
    expect(await answer(room, poll, [training.id])).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    while (pushed.at(-1)?.responses !== 1) await nextEvent(desk, 'poll:results');
    expect(pushed.at(-1)?.counts).toEqual({ o1: 1, o2: 0, o3: 0 });

    room.disconnect();
    const back = await join(ana, sessionId);
    expect((await state(back, sessionId)).myAnswers).toEqual([first]);
  });

  it('should let an answer change while the poll allows it, and not after it closes', async () => {
    const sessionId = freshSession();
    const desk = await join(moderator, sessionId);
    const room = await join(ana, sessionId);
    const poll = await call<Poll>(
      desk.emitWithAck('poll:create', newPoll(sessionId, { kind: 'multiple', allowChange: true })),
    );
    await call(answer(room, poll, ['o1']));
    expect(await call(answer(room, poll, ['o2', 'o3']))).toMatchObject({
      optionIds: ['o2', 'o3'],
    });
    await call(desk.emitWithAck('poll:close', { sessionId, pollId: poll.id }));
    expect(await answer(room, poll, ['o1'])).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const [results] = (await state(desk, sessionId)).results;
    expect(results).toMatchObject({ responses: 1, counts: { o1: 0, o2: 1, o3: 1 } });
  });

  it("should keep staff-only results from the room, and a quiz's answer until it closes", async () => {
    const sessionId = freshSession();
    const desk = await join(moderator, sessionId);
    const room = await join(ana, sessionId);
    const other = await join(budi, sessionId);
    const hidden = await call<Poll>(
      desk.emitWithAck('poll:create', newPoll(sessionId, { resultsVisibility: 'staff_only' })),
    );
    const quiz = await call<Poll>(
      desk.emitWithAck(
        'poll:create',
        newPoll(sessionId, {
          kind: 'quiz',
          question: 'Which ministry hosts the programme?',
          options: ['Industry', 'Tourism'],
          correctOption: 0,
          resultsVisibility: 'after_close',
        }),
      ),
    );
    const roomResults: PollResults[] = [];
    room.on('poll:results', (results) => roomResults.push(results));
    await call(answer(other, hidden, ['o1']));
    await call(answer(other, quiz, ['o1']));
    await call(answer(room, quiz, ['o2']));

    const before = await state(room, sessionId);
    expect(before.results).toEqual([]);
    expect(before.polls.find((poll) => poll.id === quiz.id)?.correctOptionId).toBeNull();

    const revealed = nextEvent(room, 'poll:results');
    await call(desk.emitWithAck('poll:close', { sessionId, pollId: quiz.id }));
    expect(await revealed).toMatchObject({ pollId: quiz.id, responses: 2, correct: 1 });
    const after = await state(room, sessionId);
    expect(after.polls.find((poll) => poll.id === quiz.id)?.correctOptionId).toBe('o1');
    expect(roomResults.some((results) => results.pollId === hidden.id)).toBe(false);
    expect(after.results.map((results) => results.pollId)).toEqual([quiz.id]);
  });

  it('should refuse creating, opening and closing polls to a participant', async () => {
    const sessionId = freshSession();
    const desk = await join(moderator, sessionId);
    const room = await join(ana, sessionId);
    const poll = await call<Poll>(
      desk.emitWithAck('poll:create', newPoll(sessionId, { open: false })),
    );
    const refused = { ok: false, error: { code: 'FORBIDDEN' } };
    expect(await room.emitWithAck('poll:create', newPoll(sessionId))).toMatchObject(refused);
    expect(await room.emitWithAck('poll:open', { sessionId, pollId: poll.id })).toMatchObject(
      refused,
    );
    expect(await room.emitWithAck('poll:close', { sessionId, pollId: poll.id })).toMatchObject(
      refused,
    );
  });

  it('should put the poll staff choose on the display, one at a time, and refuse it to participants', async () => {
    const sessionId = freshSession();
    const desk = await join(moderator, sessionId);
    const room = await join(ana, sessionId);
    const results = await call<Poll>(
      desk.emitWithAck('poll:create', newPoll(sessionId, { resultsVisibility: 'after_close' })),
    );
    await call(desk.emitWithAck('poll:close', { sessionId, pollId: results.id }));
    const running = await call<Poll>(desk.emitWithAck('poll:create', newPoll(sessionId)));
    const draft = await call<Poll>(
      desk.emitWithAck('poll:create', newPoll(sessionId, { open: false })),
    );
    const onDisplay = async () =>
      (await state(room, sessionId)).polls.filter((poll) => poll.onDisplay).map((p) => p.id);
    await expect(onDisplay()).resolves.toEqual([]);

    // The closed poll's results go up while another is still open.
    const pushed = nextEvent(room, 'poll:changed');
    await call(desk.emitWithAck('poll:show', { sessionId, pollId: results.id, shown: true }));
    await expect(pushed).resolves.toMatchObject({ id: results.id, onDisplay: true });
    await expect(onDisplay()).resolves.toEqual([results.id]);
    // Showing another takes the first off; taking it off leaves none chosen.
    await call(desk.emitWithAck('poll:show', { sessionId, pollId: running.id, shown: true }));
    await expect(onDisplay()).resolves.toEqual([running.id]);
    await call(desk.emitWithAck('poll:show', { sessionId, pollId: running.id, shown: false }));
    await expect(onDisplay()).resolves.toEqual([]);

    expect(
      await desk.emitWithAck('poll:show', { sessionId, pollId: draft.id, shown: true }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(
      await room.emitWithAck('poll:show', { sessionId, pollId: results.id, shown: true }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await expect(onDisplay()).resolves.toEqual([]);
  });

  it('should export responses without names for an anonymous poll, formulas neutralised', async () => {
    const sessionId = freshSession();
    const desk = await join(moderator, sessionId);
    const room = await join(ana, sessionId);
    const poll = await call<Poll>(
      desk.emitWithAck(
        'poll:create',
        newPoll(sessionId, { kind: 'open_text', options: [], anonymous: true }),
      ),
    );
    await call(
      room.emitWithAck('poll:answer', {
        sessionId,
        pollId: poll.id,
        id: randomUUID(),
        text: '=1+1 more mentoring',
      }),
    );
    const csv = await request(stage.app.url)
      .get(`/api/events/${eventId}/sessions/${sessionId}/polls/${poll.id}/responses.csv`)
      .auth(moderator.token, { type: 'bearer' })
      .expect(200);
    expect(csv.text).toContain("'=1+1 more mentoring");
    expect(csv.text).toContain('Anonymous');
    expect(csv.text).not.toContain(ana.name);
  });
});
