import type { RemoteIntervals } from '@hadir/domain';
import { PRESENCE_HEARTBEAT_MS } from './heartbeat';

/**
 * Remote intervals of many people as they are read, in columns of numbers, then handed out
 * person by person. A large event has a million: typed arrays keep them out of the garbage
 * collector's way, where growing an array a person had the report copying them from one
 * generation to the next.
 */
export class RemoteIntervalTable {
  private length = 0;
  private person = new Int32Array(1024);
  private session = new Int32Array(1024);
  private joinedAt = new Float64Array(1024);
  private leftAt = new Float64Array(1024);
  private readonly numbers = new Map<string, number>();
  private readonly people: string[] = [];

  /** `leftAt` is NaN while the person is still there. */
  add(personId: string, session: number, joinedAt: number, leftAt: number): void {
    if (this.length === this.person.length) this.grow();
    let person = this.numbers.get(personId);
    if (person === undefined) {
      person = this.people.push(personId) - 1;
      this.numbers.set(personId, person);
    }
    this.person[this.length] = person;
    this.session[this.length] = session;
    this.joinedAt[this.length] = joinedAt;
    this.leftAt[this.length] = leftAt;
    this.length += 1;
  }

  /** Each person's intervals, by person id: a counting sort, then views of one column each. */
  byPerson(): Map<string, RemoteIntervals> {
    const first = new Int32Array(this.people.length + 1);
    for (let i = 0; i < this.length; i += 1) first[this.person[i] + 1] += 1;
    for (let p = 1; p < first.length; p += 1) first[p] += first[p - 1];
    const next = first.slice(0, -1);
    const session = new Int32Array(this.length);
    const joinedAt = new Float64Array(this.length);
    const leftAt = new Float64Array(this.length);
    for (let i = 0; i < this.length; i += 1) {
      const at = next[this.person[i]]++;
      session[at] = this.session[i];
      joinedAt[at] = this.joinedAt[i];
      leftAt[at] = this.leftAt[i];
    }
    return new Map(
      this.people.map((personId, p) => [
        personId,
        {
          session: session.subarray(first[p], first[p + 1]),
          joinedAt: joinedAt.subarray(first[p], first[p + 1]),
          leftAt: leftAt.subarray(first[p], first[p + 1]),
        },
      ]),
    );
  }

  private grow(): void {
    const size = this.person.length * 2;
    const person = new Int32Array(size);
    const session = new Int32Array(size);
    const joinedAt = new Float64Array(size);
    const leftAt = new Float64Array(size);
    person.set(this.person);
    session.set(this.session);
    joinedAt.set(this.joinedAt);
    leftAt.set(this.leftAt);
    this.person = person;
    this.session = session;
    this.joinedAt = joinedAt;
    this.leftAt = leftAt;
  }
}

/**
 * When an interval still open ended: not yet (NaN), unless its node stopped marking it (a crash):
 * then a heartbeat after it was last seen.
 */
export function openIntervalEnd(lastSeenAt: number, now: number): number {
  return now - lastSeenAt > 2 * PRESENCE_HEARTBEAT_MS
    ? lastSeenAt + PRESENCE_HEARTBEAT_MS
    : Number.NaN;
}

/**
 * One session's intervals as the PostgreSQL query writes them: "person,joined,left" after one
 * another, all apart by commas; for an interval still open, `left` is "o" and when it was last
 * seen.
 */
export function readIntervals(
  text: string,
  session: number,
  table: RemoteIntervalTable,
  now: number,
): void {
  const times = new TimestampReader();
  for (let at = 0; at < text.length;) {
    const joined = text.indexOf(',', at) + 1;
    const left = text.indexOf(',', joined) + 1;
    const comma = text.indexOf(',', left);
    const end = comma === -1 ? text.length : comma;
    const open = text.charCodeAt(left) === 111; // "o"
    const leftAt = times.epochMs(text, open ? left + 1 : left, end);
    table.add(
      text.slice(at, joined - 1),
      session,
      times.epochMs(text, joined, left - 1),
      open ? openIntervalEnd(leftAt, now) : leftAt,
    );
    at = end + 1;
  }
}

/**
 * A `timestamp` as PostgreSQL writes it in ISO style (as data-source.ts reads them too), e.g.
 * "2027-03-01 09:30:00.25", read as epoch milliseconds. The fraction is rounded on its own, as
 * Math.round would round the exact value; a day's first millisecond is worked out once for a run
 * of times on that day.
 */
export class TimestampReader {
  private day = -1;
  private dayMs = 0;

  epochMs(text: string, from: number, to: number): number {
    // A year may have more than four digits.
    const dash = text.indexOf('-', from + 1);
    const year = digits(text, from, dash);
    const month = digits(text, dash + 1, dash + 3);
    const date = digits(text, dash + 4, dash + 6);
    const day = (year * 13 + month) * 32 + date;
    if (day !== this.day) {
      this.day = day;
      this.dayMs = Date.UTC(year, month - 1, date);
    }
    const seconds =
      (digits(text, dash + 7, dash + 9) * 60 + digits(text, dash + 10, dash + 12)) * 60 +
      digits(text, dash + 13, dash + 15);
    let micros = 0;
    for (let at = dash + 16, place = 100_000; at < to; at += 1, place /= 10) {
      micros += (text.charCodeAt(at) - 48) * place;
    }
    return this.dayMs + seconds * 1000 + Math.round(micros / 1000);
  }
}

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let at = from; at < to; at += 1) value = value * 10 + text.charCodeAt(at) - 48;
  return value;
}
