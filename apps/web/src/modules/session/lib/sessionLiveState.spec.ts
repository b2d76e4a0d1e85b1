import { type ChatMessage, type SessionState } from '@hadir/contracts';
import { ANA, id, question, SESSION } from '../../qna/lib/question.fixture';
import { sessionLiveReducer } from './sessionLiveState';

const OTHER_SESSION = '5e551000-0000-4000-8000-000000000002';

function chat(text: string): ChatMessage {
  return { id: id(), sessionId: SESSION, author: ANA, text, sentAt: '2026-12-04T02:00:00.000Z' };
}

function state(changes: Partial<SessionState> = {}): SessionState {
  return {
    sessionId: SESSION,
    staff: false,
    settings: { moderated: true, revealAnonymousToStaff: false },
    questions: [],
    myQuestionIds: [],
    myVotes: [],
    myHand: { sessionId: SESSION, raisedAt: null },
    hands: [],
    presence: null,
    polls: [],
    myAnswers: [],
    results: [],
    chat: [],
    muted: false,
    mutedPeople: [],
    ...changes,
  };
}

describe(sessionLiveReducer.name, () => {
  it('should replace everything with a snapshot, as after a reconnect', () => {
    const before = state({ questions: [question()] });
    const after = state({ staff: true });
    expect(sessionLiveReducer(before, { type: 'snapshot', state: after })).toBe(after);
  });

  it('should ignore pushes that arrive before the first snapshot', () => {
    expect(sessionLiveReducer(null, { type: 'question', question: question() })).toBeNull();
  });

  it('should ignore a question from another session the socket also follows', () => {
    const current = state();
    const elsewhere = question({ sessionId: OTHER_SESSION });
    expect(sessionLiveReducer(current, { type: 'question', question: elsewhere })).toBe(current);
  });

  it('should add a new question once and replace it when it changes', () => {
    const asked = question();
    const once = sessionLiveReducer(state(), { type: 'question', question: asked });
    const again = sessionLiveReducer(once, {
      type: 'question',
      question: { ...asked, status: 'live' },
    });
    expect(again?.questions).toEqual([{ ...asked, status: 'live' }]);
  });

  it('should keep the author’s own name on an anonymous question the broadcast strips', () => {
    const mine = question({ anonymous: true });
    const asked = sessionLiveReducer(state(), { type: 'question', question: mine, mine: true });
    const broadcast = sessionLiveReducer(asked, {
      type: 'question',
      question: { ...mine, author: null, status: 'live' },
    });
    expect(broadcast?.questions[0]).toMatchObject({ author: ANA, status: 'live' });
    expect(broadcast?.myQuestionIds).toEqual([mine.id]);
  });

  it('should take a dismissed question off a participant’s board but keep it for staff', () => {
    const asked = question();
    const dismissed = { ...asked, status: 'dismissed' as const };
    const participant = state({ questions: [asked] });
    const staff = state({ staff: true, questions: [asked] });
    expect(
      sessionLiveReducer(participant, { type: 'question', question: dismissed })?.questions,
    ).toEqual([]);
    expect(sessionLiveReducer(staff, { type: 'question', question: dismissed })?.questions).toEqual(
      [dismissed],
    );
  });

  it('should apply coalesced vote totals to the questions they name only', () => {
    const first = question();
    const second = question({ votes: 4 });
    const after = sessionLiveReducer(state({ questions: [first, second] }), {
      type: 'totals',
      totals: { sessionId: SESSION, totals: { [first.id]: 7 } },
    });
    expect(after?.questions.map((q) => q.votes)).toEqual([7, 4]);
  });

  it('should record the viewer’s own vote and its new total', () => {
    const asked = question({ votes: 2 });
    const voted = sessionLiveReducer(state({ questions: [asked] }), {
      type: 'myVote',
      result: { questionId: asked.id, votedByMe: true, votes: 3 },
    });
    const unvoted = sessionLiveReducer(voted, {
      type: 'myVote',
      result: { questionId: asked.id, votedByMe: false, votes: 2 },
    });
    expect([voted?.myVotes, voted?.questions[0]?.votes]).toEqual([[asked.id], 3]);
    expect([unvoted?.myVotes, unvoted?.questions[0]?.votes]).toEqual([[], 2]);
  });

  it('should keep a resent chat message once and only the latest 200', () => {
    const first = chat('Selamat pagi');
    let current = sessionLiveReducer(state(), { type: 'chat', message: first });
    current = sessionLiveReducer(current, { type: 'chat', message: first });
    expect(current?.chat).toEqual([first]);
    for (let i = 0; i < 210; i++) {
      current = sessionLiveReducer(current, { type: 'chat', message: chat(`Message ${i}`) });
    }
    expect(current?.chat).toHaveLength(200);
    expect(current?.chat.at(-1)?.text).toBe('Message 209');
  });

  it('should mute the viewer when the change names them, and list the muted for staff', () => {
    const muted = sessionLiveReducer(state({ staff: true }), {
      type: 'mute',
      change: { sessionId: SESSION, personId: ANA.id, muted: true, name: ANA.name },
      me: ANA.id,
    });
    expect(muted).toMatchObject({ muted: true, mutedPeople: [ANA] });
    const unmuted = sessionLiveReducer(muted, {
      type: 'mute',
      change: { sessionId: SESSION, personId: ANA.id, muted: false, name: ANA.name },
      me: 'someone else',
    });
    expect(unmuted).toMatchObject({ muted: true, mutedPeople: [] });
  });
});
