export interface TimedItem {
  startsAt: string;
  endsAt: string;
}

export interface NowAndNext<T extends TimedItem> {
  /** Items in progress at `at`, earliest start first. */
  now: T[];
  /** The earliest item that starts after `at`, if any. */
  next: T | null;
}

/**
 * What is on and what comes next. An item is on from its start (inclusive) to its end (exclusive),
 * so a session that ends at 10:00 is no longer "now" when the next one starts at 10:00.
 */
export function nowAndNext<T extends TimedItem>(items: readonly T[], at: Date): NowAndNext<T> {
  const t = at.getTime();
  const byStart = [...items].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const now = byStart.filter((i) => Date.parse(i.startsAt) <= t && t < Date.parse(i.endsAt));
  const next = byStart.find((i) => Date.parse(i.startsAt) > t) ?? null;
  return { now, next };
}

export interface JoinableItem extends TimedItem {
  streamed: boolean;
  kind: string;
}

/**
 * Whether a session is one to join live until it ends: a streamed one, or a breakout block, whose
 * rooms people are moved into from its page whether or not the hall is streamed.
 */
export function isJoinable(session: JoinableItem, at: Date): boolean {
  return (
    (session.streamed || session.kind === 'breakout_block') &&
    at.getTime() < Date.parse(session.endsAt)
  );
}
