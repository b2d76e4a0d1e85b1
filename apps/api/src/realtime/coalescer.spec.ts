import { Coalescer } from './coalescer';

describe('Coalescer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('flushes the first mark at once and gathers later ones into the next slot', async () => {
    const flushed: string[][] = [];
    const coalescer = new Coalescer<string>((keys) => {
      flushed.push(keys);
      return Promise.resolve();
    }, 250);

    coalescer.mark('a');
    await jest.advanceTimersByTimeAsync(0);
    expect(flushed).toEqual([['a']]);

    coalescer.mark('b');
    coalescer.mark('c');
    coalescer.mark('b');
    await jest.advanceTimersByTimeAsync(200);
    expect(flushed).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(50);
    expect(flushed).toEqual([['a'], ['b', 'c']]);
  });

  it('stretches the gap to a multiple of a slow flush', async () => {
    const times: number[] = [];
    const coalescer = new Coalescer<string>(
      async () => {
        times.push(Date.now());
        await new Promise((resolve) => setTimeout(resolve, 100));
      },
      250,
      4,
    );
    coalescer.mark('a');
    await jest.advanceTimersByTimeAsync(50);
    coalescer.mark('b');
    await jest.advanceTimersByTimeAsync(1000);
    expect(times).toHaveLength(2);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(400);
  });

  it('flushes nothing once stopped', async () => {
    const flush = jest.fn(() => Promise.resolve());
    const coalescer = new Coalescer<string>(flush, 250);
    coalescer.stop();
    coalescer.mark('a');
    await jest.advanceTimersByTimeAsync(1000);
    expect(flush).not.toHaveBeenCalled();
  });

  it('pushes each key on its own, so that one failing key neither stops the others nor is lost silently', async () => {
    const pushed: string[] = [];
    const warnings: string[] = [];
    const coalescer = Coalescer.eachKey(
      (key: string) => {
        if (key === 'broken') return Promise.reject(new Error('the database went away'));
        pushed.push(key);
        return Promise.resolve();
      },
      { logger: { warn: (message) => warnings.push(message) }, what: 'door counts' },
      250,
    );

    coalescer.mark('broken');
    coalescer.mark('hall');
    await jest.advanceTimersByTimeAsync(0);
    coalescer.mark('annex');
    await jest.advanceTimersByTimeAsync(250);

    expect(pushed).toEqual(['hall', 'annex']);
    expect(warnings).toEqual(['Could not send door counts: Error: the database went away']);
  });
});
