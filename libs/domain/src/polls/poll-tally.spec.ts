import { type PollShape, readAnswer, type StoredAnswer, tallyPoll } from './poll-tally';

const choice = (kind: PollShape['kind'], correctOptionId: string | null = null): PollShape => ({
  kind,
  options: [
    { id: 'a', label: 'Export credit' },
    { id: 'b', label: 'Training' },
    { id: 'c', label: 'Market access' },
  ],
  scaleMax: null,
  correctOptionId,
});
const at = (minute: number) => `2021-09-15T02:${String(minute).padStart(2, '0')}:00.000Z`;
const picked = (optionIds: string[], minute = 0): StoredAnswer => ({
  optionIds,
  rating: null,
  text: null,
  answeredAt: at(minute),
});

describe('readAnswer', () => {
  it('takes one known option for single choice and quiz, several for multiple choice', () => {
    expect(readAnswer(choice('single'), { optionIds: ['b'] })).toEqual({
      ok: true,
      answer: { optionIds: ['b'], rating: null, text: null },
    });
    expect(readAnswer(choice('quiz', 'a'), { optionIds: ['a', 'b'] })).toEqual({
      ok: false,
      refusal: { reason: 'polls.severalOptionsChosen', params: {} },
    });
    expect(readAnswer(choice('multiple'), { optionIds: ['a', 'c', 'a'] })).toMatchObject({
      ok: true,
      answer: { optionIds: ['a', 'c'] },
    });
    expect(readAnswer(choice('single'), { optionIds: ['z'] })).toMatchObject({ ok: false });
    expect(readAnswer(choice('multiple'), {})).toEqual({
      ok: false,
      refusal: { reason: 'polls.noOptionChosen', params: {} },
    });
  });

  it('keeps a rating within the scale', () => {
    const rating: PollShape = { ...choice('rating'), options: [], scaleMax: 5 };
    expect(readAnswer(rating, { rating: 5 })).toMatchObject({ ok: true, answer: { rating: 5 } });
    expect(readAnswer(rating, { rating: 6 })).toEqual({
      ok: false,
      refusal: { reason: 'polls.ratingOutOfScale', params: { max: 5 } },
    });
  });

  it('reads a word cloud answer the same whatever its case and spacing', () => {
    const cloud: PollShape = { ...choice('word_cloud'), options: [] };
    expect(readAnswer(cloud, { text: '  Export   MARKETS ' })).toMatchObject({
      ok: true,
      answer: { text: 'export markets' },
    });
    expect(readAnswer(cloud, { text: '   ' })).toMatchObject({ ok: false });
  });
});

describe('tallyPoll', () => {
  it('counts every option, chosen or not, and how many got a quiz right', () => {
    const results = tallyPoll(choice('quiz', 'c'), [picked(['c']), picked(['a']), picked(['c'])]);
    expect(results).toMatchObject({
      responses: 3,
      counts: { a: 1, b: 0, c: 2 },
      correct: 2,
    });
  });

  it('gives a rating its distribution and average', () => {
    const rating: PollShape = { ...choice('rating'), options: [], scaleMax: 4 };
    const rated = (value: number): StoredAnswer => ({ ...picked([]), rating: value });
    expect(tallyPoll(rating, [rated(4), rated(3), rated(4)])).toMatchObject({
      ratings: { '1': 0, '2': 0, '3': 1, '4': 2 },
      average: 3.67,
      correct: null,
    });
    expect(tallyPoll(rating, []).average).toBeNull();
  });

  it('ranks cloud words by frequency and lists open answers newest first', () => {
    const cloud: PollShape = { ...choice('word_cloud'), options: [] };
    const said = (text: string, minute = 0): StoredAnswer => ({ ...picked([], minute), text });
    expect(tallyPoll(cloud, [said('trust'), said('access'), said('trust')]).words).toEqual([
      { word: 'trust', count: 2 },
      { word: 'access', count: 1 },
    ]);
    const open: PollShape = { ...choice('open_text'), options: [] };
    expect(tallyPoll(open, [said('first', 1), said('latest', 9)]).texts).toEqual([
      'latest',
      'first',
    ]);
  });
});
