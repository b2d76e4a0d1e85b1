import { orderQuestions } from './orderQuestions';
import { question } from './question.fixture';

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
