import { PRESENCE_HEARTBEAT_MS } from './heartbeat';
import { epochMs, readIntervals, RemoteIntervalTable } from './remote-intervals';

const ms = (text: string) => epochMs(text, 0, text.length);

describe('epochMs', () => {
  it('should read PostgreSQL epoch seconds as whole milliseconds, half a millisecond up', () => {
    expect(ms('1803862800.000000')).toBe(1_803_862_800_000);
    expect(ms('1803862800.123456')).toBe(1_803_862_800_123);
    expect(ms('1803862800.000500')).toBe(1_803_862_800_001);
    expect(ms('1803862800.000499')).toBe(1_803_862_800_000);
    expect(ms('1803862800')).toBe(1_803_862_800_000);
    expect(ms('1803862800.5')).toBe(1_803_862_800_500);
    expect(ms('-1.000500')).toBe(-1000);
  });

  it('should round as Math.round rounds the exact value in milliseconds, for any microsecond', () => {
    let seed = 7;
    for (let count = 0; count < 10_000; count += 1) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const micros = 1_700_000_000_000_000 + seed * 97 + (count % 2 === 0 ? 500 : 0);
      const seconds = `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
      const millis = `${Math.floor(micros / 1e3)}.${String(micros % 1e3).padStart(3, '0')}`;
      expect(ms(seconds)).toBe(Math.round(Number(millis)));
    }
  });
});

describe('readIntervals', () => {
  it('should give each person their intervals, and open ones an end only once their node stopped', () => {
    const now = 1_803_870_000_000;
    const stale = (now - 3 * PRESENCE_HEARTBEAT_MS) / 1000;
    const fresh = (now - PRESENCE_HEARTBEAT_MS / 2) / 1000;
    const table = new RemoteIntervalTable();
    readIntervals(
      `ana 1803862800.000000 1803863100.250000 budi 1803862860.000000 o${stale} ana 1803863200.000000 o${fresh}`,
      3,
      table,
      now,
    );
    readIntervals('budi 1803866400.000000 1803866700.000000', 4, table, now);
    const byPerson = table.byPerson();
    const columns = (personId: string) => {
      const remote = byPerson.get(personId);
      return (
        remote && {
          session: Array.from(remote.session),
          joinedAt: Array.from(remote.joinedAt),
          leftAt: Array.from(remote.leftAt),
        }
      );
    };
    expect(columns('ana')).toEqual({
      session: [3, 3],
      joinedAt: [1_803_862_800_000, 1_803_863_200_000],
      leftAt: [1_803_863_100_250, Number.NaN],
    });
    expect(columns('budi')).toEqual({
      session: [3, 4],
      joinedAt: [1_803_862_860_000, 1_803_866_400_000],
      leftAt: [stale * 1000 + PRESENCE_HEARTBEAT_MS, 1_803_866_700_000],
    });
  });
});

describe(RemoteIntervalTable.name, () => {
  it('should keep every interval of every person as the table grows', () => {
    const table = new RemoteIntervalTable();
    for (let i = 0; i < 5000; i += 1) table.add(`p${i % 7}`, i % 3, i, i + 1);
    const byPerson = table.byPerson();
    expect(byPerson.size).toBe(7);
    const p3 = byPerson.get('p3');
    expect(p3?.joinedAt.length).toBe(714);
    expect(Array.from(p3?.joinedAt ?? []).every((joinedAt) => joinedAt % 7 === 3)).toBe(true);
    expect(Array.from(p3?.session ?? [])).toEqual(Array.from(p3?.joinedAt ?? [], (i) => i % 3));
    expect(Array.from(p3?.leftAt ?? [])).toEqual(Array.from(p3?.joinedAt ?? [], (i) => i + 1));
  });
});
