import { randomUUID } from 'node:crypto';
import type {
  Ack,
  HandQueue,
  ModerationAction,
  MyHand,
  Question,
  SessionState,
  VoteResult,
} from '@hadir/contracts';
import request from 'supertest';
import { databasesUnderTest } from '../support/databases';
import { call, sessionStage, type SignedIn } from '../support/session-live';
import { type LiveClient, nextEvent } from '../support/test-app';

type Person = SignedIn;

describe.each(databasesUnderTest())('Q&A and raised hands on $kind', ({ create }) => {
  const stage = sessionStage(create);
  let moderator: Person;
  let ana: Person;
  let budi: Person;
  let carla: Person;
  let eventId: string;
  const freshSession = () => stage.freshSession();
  const join = (person: Person, sessionId: string, mode?: 'remote' | 'in_person') =>
    stage.join(person, sessionId, mode);

  function collect(socket: LiveClient): Question[] {
    const seen: Question[] = [];
    socket.on('qna:question.changed', (question) => seen.push(question));
    return seen;
  }

  const ask = (socket: LiveClient, sessionId: string, text: string, anonymous = false) =>
    call<Question>(
      socket.emitWithAck('qna:question.ask', { id: randomUUID(), sessionId, text, anonymous }),
    );

  const moderate = (
    socket: LiveClient,
    sessionId: string,
    questionId: string,
    action: ModerationAction,
  ): Promise<Ack<Question>> =>
    socket.emitWithAck('qna:question.moderate', { sessionId, questionId, action });

  beforeAll(() => {
    ({
      eventId,
      moderator,
      participants: [ana, budi, carla],
    } = stage.cast);
  });

  it('should hold a question for the moderator and show it to everyone once approved', async () => {
    const sessionId = freshSession();
    const desk = await join(moderator, sessionId);
    const asker = await join(ana, sessionId);
    const listener = await join(budi, sessionId);
    const heard = collect(listener);

    const pendingForStaff = nextEvent(desk, 'qna:question.changed');
    const question = await ask(asker, sessionId, 'How do cooperatives get export credit?');
    expect(question).toMatchObject({ status: 'pending', author: { id: ana.id } });
    expect(await pendingForStaff).toMatchObject({ id: question.id, status: 'pending' });

    const published = nextEvent(listener, 'qna:question.changed');
    await call(moderate(desk, sessionId, question.id, 'approve'));
    expect(await published).toMatchObject({
      id: question.id,
      status: 'approved',
      author: { name: ana.name },
    });
    expect(heard.map((q) => q.status)).toEqual(['approved']);
  });

  it("should not send an anonymous question's author to other participants", async () => {
    const sessionId = freshSession();
    const desk = await join(moderator, sessionId);
    const asker = await join(ana, sessionId);
    const listener = await join(budi, sessionId);
    const question = await ask(asker, sessionId, 'Is the grant open to informal businesses?', true);
    const published = nextEvent(listener, 'qna:question.changed');
    const forStaff = nextEvent(desk, 'qna:question.changed');
    await call(moderate(desk, sessionId, question.id, 'approve'));

    expect(await published).toMatchObject({ id: question.id, anonymous: true, author: null });
    expect(await forStaff).toMatchObject({ id: question.id, author: { id: ana.id } });
    const board = await call<SessionState>(
      listener.emitWithAck('session:state.get', { sessionId }),
    );
    expect(board.questions.find((q) => q.id === question.id)?.author).toBeNull();
    const own = await call<SessionState>(asker.emitWithAck('session:state.get', { sessionId }));
    expect(own.questions.find((q) => q.id === question.id)?.author?.id).toBe(ana.id);
    expect(own.myQuestionIds).toContain(question.id);

    await call(
      desk.emitWithAck('qna:settings.update', {
        sessionId,
        moderated: true,
        revealAnonymousToStaff: false,
      }),
    );
    const staffBoard = await call<SessionState>(
      desk.emitWithAck('session:state.get', { sessionId }),
    );
    expect(staffBoard.questions.find((q) => q.id === question.id)?.author).toBeNull();
  });

  it('should count a vote once, ignore a resend, and push totals rather than votes', async () => {
    const sessionId = freshSession();
    const desk = await join(moderator, sessionId);
    const first = await join(ana, sessionId);
    const second = await join(budi, sessionId);
    const question = await ask(first, sessionId, 'Will the slides be shared?');
    await call(moderate(desk, sessionId, question.id, 'approve'));

    const vote = { sessionId, questionId: question.id, id: randomUUID(), up: true };
    const totals: Record<string, number>[] = [];
    desk.on('qna:votes.updated', (update) => totals.push(update.totals));
    expect(await call<VoteResult>(first.emitWithAck('qna:question.vote', vote))).toEqual({
      questionId: question.id,
      votes: 1,
      votedByMe: true,
    });
    expect(await call<VoteResult>(first.emitWithAck('qna:question.vote', vote))).toMatchObject({
      votes: 1,
    });
    expect(
      await call<VoteResult>(first.emitWithAck('qna:question.vote', { ...vote, id: randomUUID() })),
    ).toMatchObject({ votes: 1 });
    const both = await call<VoteResult>(
      second.emitWithAck('qna:question.vote', { ...vote, id: randomUUID() }),
    );
    expect(both.votes).toBe(2);

    while (totals.at(-1)?.[question.id] !== 2) await nextEvent(desk, 'qna:votes.updated');
    // Four votes (two of them no-ops) arrived within one update interval: at most two pushes.
    expect(totals.length).toBeLessThanOrEqual(2);

    const withdrawn = await call<VoteResult>(
      second.emitWithAck('qna:question.vote', { ...vote, id: randomUUID(), up: false }),
    );
    expect(withdrawn).toEqual({ questionId: question.id, votes: 1, votedByMe: false });
    const state = await call<SessionState>(first.emitWithAck('session:state.get', { sessionId }));
    expect(state.myVotes).toEqual([question.id]);
  });

  it('should keep at most one question live', async () => {
    const sessionId = freshSession();
    const desk = await join(moderator, sessionId);
    const asker = await join(ana, sessionId);
    const one = await ask(asker, sessionId, 'First question');
    const two = await ask(asker, sessionId, 'Second question');
    await call(moderate(desk, sessionId, one.id, 'live'));
    await call(moderate(desk, sessionId, two.id, 'live'));
    const board = await call<SessionState>(desk.emitWithAck('session:state.get', { sessionId }));
    const status = Object.fromEntries(board.questions.map((q) => [q.id, q.status]));
    expect(status).toMatchObject({ [one.id]: 'answered', [two.id]: 'live' });
    expect(await moderate(desk, sessionId, two.id, 'approve')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('should let the author edit or withdraw only while the question waits', async () => {
    const sessionId = freshSession();
    const desk = await join(moderator, sessionId);
    const asker = await join(ana, sessionId);
    const other = await join(budi, sessionId);
    const question = await ask(asker, sessionId, 'Typo in my qeustion');
    const ref = { sessionId, questionId: question.id };
    expect(
      await call<Question>(asker.emitWithAck('qna:question.edit', { ...ref, text: 'Fixed' })),
    ).toMatchObject({ text: 'Fixed', status: 'pending' });
    expect(
      await other.emitWithAck('qna:question.edit', { ...ref, text: 'Not mine' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await call(moderate(desk, sessionId, question.id, 'approve'));
    expect(await asker.emitWithAck('qna:question.withdraw', ref)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('should refuse a fourth question within a minute with a clear message', async () => {
    const sessionId = freshSession();
    const asker = await join(carla, sessionId);
    for (const text of ['One', 'Two', 'Three']) await ask(asker, sessionId, text);
    const refused = await asker.emitWithAck('qna:question.ask', {
      id: randomUUID(),
      sessionId,
      text: 'Four',
      anonymous: false,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/3 questions a minute.*\d+ s/);
  });

  it('should refuse moderation, settings and hand lowering to a participant', async () => {
    const sessionId = freshSession();
    const asker = await join(ana, sessionId);
    const question = await ask(asker, sessionId, 'Can I approve my own question?');
    for (const action of ['approve', 'dismiss', 'live', 'pin'] as const) {
      expect(await moderate(asker, sessionId, question.id, action)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(
      await asker.emitWithAck('qna:settings.update', {
        sessionId,
        moderated: false,
        revealAnonymousToStaff: true,
      }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await asker.emitWithAck('hand:lower', { sessionId, personId: budi.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await asker.emitWithAck('qna:question.reply', {
        sessionId,
        questionId: question.id,
        text: 'Yes',
      }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await request(stage.app.url)
      .get(`/api/events/${eventId}/sessions/${sessionId}/questions.csv`)
      .auth(ana.token, { type: 'bearer' })
      .expect(403);
  });

  it('should keep a raised hand across a forced disconnect, in the order hands went up', async () => {
    const sessionId = freshSession();
    const desk = await join(moderator, sessionId);
    const first = await join(ana, sessionId);
    await call<MyHand>(first.emitWithAck('hand:raise', { sessionId, raised: true }));
    const second = await join(budi, sessionId);
    const queued = nextEvent(desk, 'hand:queue.changed');
    await call<MyHand>(second.emitWithAck('hand:raise', { sessionId, raised: true }));
    expect((await queued).hands.map((hand) => hand.name)).toEqual([ana.name, budi.name]);

    first.disconnect();
    const back = await join(ana, sessionId);
    const state = await call<SessionState>(back.emitWithAck('session:state.get', { sessionId }));
    expect(state.myHand.raisedAt).not.toBeNull();

    const lowered = nextEvent(back, 'hand:mine.changed');
    const queue = await call<HandQueue>(
      desk.emitWithAck('hand:lower', { sessionId, personId: ana.id }),
    );
    expect(queue.hands.map((hand) => hand.name)).toEqual([budi.name]);
    expect(await lowered).toEqual({ sessionId, raisedAt: null });
  });

  it('should count who follows the session from home and from the hall, once each', async () => {
    const sessionId = freshSession();
    const desk = await join(moderator, sessionId);
    await join(ana, sessionId, 'in_person');
    await join(budi, sessionId, 'remote');
    await join(budi, sessionId, 'remote');
    const state = await call<SessionState>(desk.emitWithAck('session:state.get', { sessionId }));
    expect(state.presence).toMatchObject({ sessionId, inPerson: 1, remote: 2 });
    expect(state.presence?.people).toEqual(
      expect.arrayContaining([
        { id: ana.id, name: ana.name, mode: 'in_person' },
        { id: budi.id, name: budi.name, mode: 'remote' },
        { id: moderator.id, name: moderator.name, mode: 'remote' },
      ]),
    );
    expect(state.presence?.people).toHaveLength(3);
  });

  it('should export the questions for staff with formulas neutralised', async () => {
    const sessionId = freshSession();
    const desk = await join(moderator, sessionId);
    const asker = await join(ana, sessionId);
    const question = await ask(asker, sessionId, '=HYPERLINK("http://evil.example","x")');
    await call(moderate(desk, sessionId, question.id, 'approve'));
    const csv = await request(stage.app.url)
      .get(`/api/events/${eventId}/sessions/${sessionId}/questions.csv`)
      .auth(moderator.token, { type: 'bearer' })
      .expect(200)
      .expect('Content-Type', /text\/csv/);
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv.text).toContain(ana.name);
  });
});
