import { PRESENCE_HEARTBEAT_MS } from './heartbeat';
import { readIntervals, RemoteIntervalTable, TimestampReader } from './remote-intervals';

const ms = (text: string) => new TimestampReader().epochMs(text, 0, text.length);

describe(TimestampReader.name, () => {
  it('should read PostgreSQL timestamps as whole milliseconds, half a millisecond up', () => {
    const at = Date.UTC(2027, 2, 1, 9, 30);
    expect(ms('2027-03-01 09:30:00')).toBe(at);
    expect(ms('2027-03-01 09:30:00.123456')).toBe(at + 123);
    expect(ms('2027-03-01 09:30:00.0005')).toBe(at + 1);
    expect(ms('2027-03-01 09:30:00.000499')).toBe(at);
    expect(ms('2027-03-01 09:30:00.5')).toBe(at + 500);
    expect(ms('2027-03-01 09:30:59.9995')).toBe(at + 60_000);
    expect(ms('1969-12-31 23:59:59.9995')).toBe(0);
    expect(ms('12027-03-01 09:30:00')).toBe(Date.UTC(12027, 2, 1, 9, 30));
  });

  it('should round as Math.round rounds the exact value in milliseconds, for any microsecond', () => {
    const reader = new TimestampReader();
    let seed = 7;
    for (let count = 0; count < 10_000; count += 1) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      // Microseconds since 1970, many of them half a millisecond; days apart and in a row.
      const micros = 1_700_000_000_000_000 + seed * 977 + (count % 2 === 0 ? 500 : 0);
      const whole = new Date(Math.floor(micros / 1e6) * 1000).toISOString().slice(0, 19);
      const fraction = String(micros % 1e6)
        .padStart(6, '0')
        .replace(/0+$/, '');
      const text = `${whole.replace('T', ' ')}${fraction ? `.${fraction}` : ''}`;
      const exact = `${Math.floor(micros / 1e3)}.${String(micros % 1e3).padStart(3, '0')}`;
      expect(reader.epochMs(text, 0, text.length)).toBe(Math.round(Number(exact)));
    }
  });
});

describe(readIntervals.name, () => {
  it('should give each person their intervals, and open ones an end only once their node stopped', () => {
    const now = Date.UTC(2027, 2, 1, 3, 0);
    const table = new RemoteIntervalTable();
    readIntervals(
      'ana,2027-03-01 01:00:00,2027-03-01 01:05:00.25,' +
        'budi,2027-03-01 01:01:00,o2027-03-01 02:57:00,' +
        'ana,2027-03-01 01:10:00,o2027-03-01 02:59:30',
      3,
      table,
      now,
    );
    readIntervals('budi,2027-03-01 02:00:00,2027-03-01 02:05:00', 4, table, now);
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
    const at = (hour: number, minute: number, second = 0) =>
      Date.UTC(2027, 2, 1, hour, minute, second);
    expect(columns('ana')).toEqual({
      session: [3, 3],
      joinedAt: [at(1, 0), at(1, 10)],
      leftAt: [at(1, 5) + 250, Number.NaN],
    });
    expect(columns('budi')).toEqual({
      session: [3, 4],
      joinedAt: [at(1, 1), at(2, 0)],
      leftAt: [at(2, 57) + PRESENCE_HEARTBEAT_MS, at(2, 5)],
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
