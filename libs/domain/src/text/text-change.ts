/*
 * Shared text fields (breakout notes) are edited in a plain textarea: each input event is turned
 * into the one change a CRDT can apply, so concurrent edits elsewhere in the text survive.
 */
/** The one contiguous change that turns `before` into `after`: where, how much went, what came. */
export function textChange(
  before: string,
  after: string,
): { index: number; removed: number; inserted: string } | null {
  if (before === after) return null;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start += 1;
  let end = 0;
  while (
    end < shorter - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  ) {
    end += 1;
  }
  return {
    index: start,
    removed: before.length - start - end,
    inserted: after.slice(start, after.length - end),
  };
}
