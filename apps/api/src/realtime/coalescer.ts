/**
 * Turns a stream of "this changed" marks into a bounded stream of flushes: the keys marked since
 * the last flush go out together, at most once per `gapMs`. The first mark after a quiet spell
 * flushes at once. With `backoff`, the gap stretches to that multiple of the last flush's
 * duration, so a slow flush can never take more than its share of the server. Hot counters (door
 * counts, vote totals, poll tallies, presence, reactions) all push through one of these.
 */
export class Coalescer<K> {
  private readonly dirty = new Set<K>();
  private timer: NodeJS.Timeout | undefined;
  private lastRun = 0;
  private gap: number;
  /** Set at shutdown: neither a mark nor a flush in flight arms the timer again. */
  private stopped = false;

  constructor(
    private readonly flush: (keys: K[]) => Promise<void>,
    private readonly gapMs: number,
    private readonly backoff = 0,
  ) {
    this.gap = gapMs;
  }

  /**
   * One that pushes each marked key on its own, so that one key's failure is logged ("Could not
   * send <what>") and never stops the others: the next mark sends fresh state anyway.
   */
  static eachKey<K>(
    push: (key: K) => Promise<void>,
    failures: { logger: { warn: (message: string) => void }; what: string },
    gapMs: number,
    backoff = 0,
  ): Coalescer<K> {
    return new Coalescer<K>(
      async (keys) => {
        for (const key of keys) {
          try {
            await push(key);
          } catch (thrown) {
            failures.logger.warn(`Could not send ${failures.what}: ${String(thrown)}`);
          }
        }
      },
      gapMs,
      backoff,
    );
  }

  mark(key: K): void {
    if (this.stopped) return;
    this.dirty.add(key);
    this.timer ??= setTimeout(
      () => void this.run(),
      Math.max(0, this.lastRun + this.gap - Date.now()),
    );
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private async run(): Promise<void> {
    this.lastRun = Date.now();
    const keys = [...this.dirty];
    this.dirty.clear();
    const started = performance.now();
    await this.flush(keys);
    this.gap = Math.max(this.gapMs, this.backoff * (performance.now() - started));
    this.timer = undefined;
    if (this.dirty.size > 0 && !this.stopped) {
      this.timer = setTimeout(() => void this.run(), this.gap);
    }
  }
}
