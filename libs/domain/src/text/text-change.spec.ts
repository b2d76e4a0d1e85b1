import { textChange } from './text-change';

describe('textChange', () => {
  it('finds a typed character in the middle', () => {
    expect(textChange('helo world', 'hello world')).toEqual({
      index: 3,
      removed: 0,
      inserted: 'l',
    });
  });

  it('finds a deletion and a replacement', () => {
    expect(textChange('abcdef', 'abef')).toEqual({ index: 2, removed: 2, inserted: '' });
    expect(textChange('abcdef', 'abXYef')).toEqual({ index: 2, removed: 2, inserted: 'XY' });
  });

  it('handles repeated letters at the edit without overlapping prefix and suffix', () => {
    expect(textChange('aaa', 'aaaa')).toEqual({ index: 3, removed: 0, inserted: 'a' });
    expect(textChange('aaaa', 'aa')).toEqual({ index: 2, removed: 2, inserted: '' });
  });

  it('says nothing changed when nothing did', () => {
    expect(textChange('same', 'same')).toBeNull();
  });
});
