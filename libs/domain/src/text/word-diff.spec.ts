import { wordDiff } from './word-diff';

describe('wordDiff', () => {
  it('marks the words added and removed, keeping the rest', () => {
    expect(wordDiff('Train 40 weavers by June', 'Train 60 weavers by June 2027')).toEqual([
      { kind: 'same', text: 'Train ' },
      { kind: 'removed', text: '40 ' },
      { kind: 'added', text: '60 ' },
      { kind: 'same', text: 'weavers by ' },
      { kind: 'removed', text: 'June' },
      { kind: 'added', text: 'June 2027' },
    ]);
  });

  it('shows a text written from nothing as added, and no change as the same', () => {
    expect(wordDiff('', 'New section')).toEqual([{ kind: 'added', text: 'New section' }]);
    expect(wordDiff('Same text', 'Same text')).toEqual([{ kind: 'same', text: 'Same text' }]);
  });

  it('joins the parts back into either version', () => {
    const before = 'Partners: the bank,\nthe cooperative and the ministry';
    const after = 'Partners: the cooperative,\nthe ministry and a platform';
    const parts = wordDiff(before, after);
    const join = (kinds: string[]) =>
      parts
        .filter((part) => kinds.includes(part.kind))
        .map((part) => part.text)
        .join('');
    expect(join(['same', 'removed'])).toBe(before);
    expect(join(['same', 'added'])).toBe(after);
  });
});
