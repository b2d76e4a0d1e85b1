import { type Question } from '@hadir/contracts';
import { orderQuestions } from './orderQuestions';

const SESSION = '5e551000-0000-4000-8000-000000000001';
const ANA = { id: '5e551000-0000-4000-8000-0000000000a1', name: 'Ana Santos' };

let nextId = 0;
const id = () => `5e551000-0000-4000-8000-${String(++nextId).padStart(12, '0')}`;

function question(changes: Partial<Question> = {}): Question {
  return {
    id: id(),
    sessionId: SESSION,
    text: 'How do we reach buyers abroad?',
    anonymous: false,
    author: ANA,
    status: 'approved',
    pinned: false,
    votes: 0,
    reply: null,
    createdAt: '2026-12-04T02:00:00.000Z',
    updatedAt: '2026-12-04T02:00:00.000Z',
    ...changes,
  };
}

describe(orderQuestions.name, () => {
  it('should put the pinned question first, the live one next, then the most voted', () => {
    const popular = question({ votes: 9 });
    const live = question({ status: 'live' });
    const pinned = question({ pinned: true });
    const older = question({ votes: 9, createdAt: '2026-12-04T01:00:00.000Z' });
    expect(orderQuestions([popular, live, older, pinned], 'top')).toEqual([
      pinned,
      live,
      older,
      popular,
    ]);
  });
});
