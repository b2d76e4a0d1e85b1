/**
 * The attendance ledger's arithmetic: who was present in which session, for how long and how,
 * from two kinds of evidence. Remote people leave presence intervals (joined, left); in-person
 * people pass the door (in, out) for a day and a scope. Both become spans of time clipped to the
 * session, merged so that nothing is counted twice. Times are epoch milliseconds.
 */

export interface Span {
  start: number;
  end: number;
}

export type LedgerMode = 'in_person' | 'remote' | 'both';

export interface LedgerSession {
  id: string;
  startsAt: number;
  endsAt: number;
  /** The venue room it is held in; null for a remote-only session. */
  room: string | null;
  /** The programme day it belongs to (YYYY-MM-DD in the event's zone). */
  day: string;
}

/** A remote person following a session, from joining to leaving (null: still there). */
export interface RemotePresence {
  personId: string;
  sessionId: string;
  joinedAt: number;
  leftAt: number | null;
}

/** A scan that changed whether someone is inside: admitted (or back) or checked out. */
export interface DoorPassage {
  personId: string;
  day: string;
  /** As `checkInScope` gives it: '' (the building), `room:<name>`, or a session id. */
  scope: string;
  direction: 'in' | 'out';
  at: number;
}

export interface LedgerOptions {
  /** A gap in remote presence no longer than this is a reconnect, not a departure. */
  graceMs: number;
  /** Presence still open counts up to now (or the session's end, if earlier). */
  now: number;
}

export interface SessionAttendance {
  sessionId: string;
  minutes: number;
  /** Of the session's length, 0 to 100, one decimal. */
  percent: number;
  mode: LedgerMode | null;
  /** When the person was present, within the session. */
  spans: Span[];
}

const MINUTE = 60_000;

/** Overlapping spans, and those apart by at most `graceMs`, become one. */
export function mergeSpans(spans: readonly Span[], graceMs = 0): Span[] {
  const sorted = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start - last.end <= graceMs) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

export function totalMs(spans: readonly Span[]): number {
  return spans.reduce((sum, span) => sum + (span.end - span.start), 0);
}

function clip(span: Span, session: LedgerSession): Span | null {
  const start = Math.max(span.start, session.startsAt);
  const end = Math.min(span.end, session.endsAt);
  return end > start ? { start, end } : null;
}

function clipAll(spans: readonly Span[], session: LedgerSession): Span[] {
  return spans.map((span) => clip(span, session)).filter((span) => span !== null);
}

/** Whether a door passage of this scope puts someone in this session's room. */
function passageCovers(scope: string, session: LedgerSession): boolean {
  if (scope === session.id) return true;
  if (session.room === null) return false;
  return scope === '' || scope === `room:${session.room}`;
}

/**
 * Inside from each "in" to the next "out" of the same scope; still inside at the end of the
 * records means inside until `until`.
 */
export function inPersonSpans(
  passages: readonly DoorPassage[],
  session: LedgerSession,
  until: number,
): Span[] {
  const byScope = new Map<string, DoorPassage[]>();
  for (const passage of passages) {
    if (passage.day !== session.day || !passageCovers(passage.scope, session)) continue;
    const scoped = byScope.get(passage.scope);
    if (scoped) scoped.push(passage);
    else byScope.set(passage.scope, [passage]);
  }
  const spans: Span[] = [];
  for (const scoped of byScope.values()) {
    let openedAt: number | null = null;
    for (const passage of scoped.sort((a, b) => a.at - b.at)) {
      if (passage.direction === 'in' && openedAt === null) openedAt = passage.at;
      if (passage.direction === 'out' && openedAt !== null) {
        spans.push({ start: openedAt, end: passage.at });
        openedAt = null;
      }
    }
    if (openedAt !== null) spans.push({ start: openedAt, end: until });
  }
  return spans;
}

/** One person in one session: their remote presence and door passages, merged and clipped. */
export function sessionAttendance(
  session: LedgerSession,
  remote: readonly RemotePresence[],
  passages: readonly DoorPassage[],
  options: LedgerOptions,
): SessionAttendance {
  const until = Math.min(options.now, session.endsAt);
  const remoteSpans = clipAll(
    mergeSpans(
      remote
        .filter((presence) => presence.sessionId === session.id)
        .map((presence) => ({ start: presence.joinedAt, end: presence.leftAt ?? until })),
      options.graceMs,
    ),
    session,
  );
  const hall = hallSpans(passages, session, until);
  const present = mergeSpans([...remoteSpans, ...hall]);
  const ms = totalMs(present);
  const fromHome = totalMs(remoteSpans) > 0;
  const inHall = totalMs(hall) > 0;
  return {
    ...sessionFigures(session, ms, (fromHome ? REMOTE : 0) | (inHall ? IN_HALL : 0)),
    spans: present,
  };
}

/** Where the door passages put someone in the session's room, merged and clipped to it. */
function hallSpans(
  passages: readonly DoorPassage[],
  session: LedgerSession,
  until: number,
): Span[] {
  return passages.length === 0
    ? []
    : clipAll(mergeSpans(inPersonSpans(passages, session, until)), session);
}

const REMOTE = 1;
const IN_HALL = 2;
/** Indexed by REMOTE and IN_HALL flags: a session attended 'both' ways has both. */
const MODES: readonly (LedgerMode | null)[] = [null, 'remote', 'in_person', 'both'];

function sessionFigures(session: LedgerSession, ms: number, modes: number) {
  const length = session.endsAt - session.startsAt;
  return {
    sessionId: session.id,
    minutes: Math.round(ms / MINUTE),
    percent: length > 0 ? Math.round((ms / length) * 1000) / 10 : 0,
    mode: MODES[modes] ?? null,
  };
}

export interface AttendanceRule {
  /** Share of the counted sessions' time a certificate needs, 0 to 100. */
  minPercent: number;
}

export interface PersonAttendance {
  sessions: SessionAttendance[];
  minutes: number;
  /** The counted sessions' total length, in minutes. */
  ofMinutes: number;
  percent: number;
  mode: LedgerMode | null;
  eligible: boolean;
}

/** A person over a set of sessions (a day, or the whole event). */
export function personAttendance(
  sessions: readonly LedgerSession[],
  remote: readonly RemotePresence[],
  passages: readonly DoorPassage[],
  options: LedgerOptions & { rule: AttendanceRule },
): PersonAttendance {
  // A person's remote intervals, once by session: a large event has thousands of people with
  // hundreds of intervals each, and each session needs only its own.
  const bySession = new Map<string, RemotePresence[]>();
  for (const presence of remote) {
    const list = bySession.get(presence.sessionId);
    if (list) list.push(presence);
    else bySession.set(presence.sessionId, [presence]);
  }
  const perSession = sessions.map((session) =>
    sessionAttendance(session, bySession.get(session.id) ?? [], passages, options),
  );
  return summarise(sessions, perSession, options.rule);
}

/**
 * Totals over some of the sessions already computed (a day's, say): `attended` holds at least
 * an entry for each of `sessions`. Sessions that run at the same time (parallel clinics) count
 * their time once, on both sides: nobody can attend two at once, nor is expected to.
 */
export function summarise(
  sessions: readonly LedgerSession[],
  attended: readonly SessionAttendance[],
  rule: AttendanceRule,
): PersonAttendance {
  const ids = new Set(sessions.map((session) => session.id));
  const perSession = attended.filter((entry) => ids.has(entry.sessionId));
  const minutes = Math.round(
    totalMs(mergeSpans(perSession.flatMap((entry) => entry.spans))) / MINUTE,
  );
  const ofMinutes = Math.round(
    totalMs(
      mergeSpans(sessions.map((session) => ({ start: session.startsAt, end: session.endsAt }))),
    ) / MINUTE,
  );
  const modes = perSession.reduce((flags, entry) => flags | modeFlags(entry.mode), 0);
  const figures = totals(minutes, ofMinutes, modes);
  return { sessions: perSession, ...figures, eligible: eligible(figures, rule) };
}

function modeFlags(mode: LedgerMode | null): number {
  return mode === null ? 0 : MODES.indexOf(mode);
}

export interface LedgerTotals {
  minutes: number;
  ofMinutes: number;
  percent: number;
  mode: LedgerMode | null;
}

function totals(minutes: number, ofMinutes: number, modes: number): LedgerTotals {
  return {
    minutes,
    ofMinutes,
    percent: ofMinutes > 0 ? Math.round((minutes / ofMinutes) * 1000) / 10 : 0,
    mode: MODES[modes] ?? null,
  };
}

function eligible(figures: LedgerTotals, rule: AttendanceRule): boolean {
  return figures.ofMinutes > 0 && figures.percent >= rule.minPercent;
}

/**
 * One person's remote intervals, column by column: a large event has a million, and an object
 * each was most of a report's memory.
 */
export interface RemoteIntervals {
  /** Each interval's session, as its index in the ledger's sessions. */
  readonly session: ArrayLike<number>;
  readonly joinedAt: ArrayLike<number>;
  /** NaN while the person is still there. */
  readonly leftAt: ArrayLike<number>;
}

/**
 * What an organiser's correction says of one session, in place of the records: present for a
 * span in one mode, or (span null) absent.
 */
export interface SessionOverride {
  span: Span | null;
  mode: 'in_person' | 'remote';
}

export interface PersonFigures {
  total: LedgerTotals;
  /** Each programme day, in the order of the sessions. */
  days: (LedgerTotals & { day: string })[];
  sessions: Omit<SessionAttendance, 'spans'>[];
  eligible: boolean;
}

/** Two growable columns of spans, refilled for each person instead of allocated anew. */
class SpanColumns {
  start = new Float64Array(64);
  end = new Float64Array(64);
  length = 0;

  push(start: number, end: number): void {
    if (this.length === this.start.length) {
      const grownStart = new Float64Array(this.length * 2);
      const grownEnd = new Float64Array(this.length * 2);
      grownStart.set(this.start);
      grownEnd.set(this.end);
      this.start = grownStart;
      this.end = grownEnd;
    }
    this.start[this.length] = start;
    this.end[this.length] = end;
    this.length += 1;
  }

  /** By start, in place; an insertion sort, as spans nearly always come in order already. */
  sort(): void {
    const { start, end } = this;
    for (let i = 1; i < this.length; i += 1) {
      const s = start[i];
      const e = end[i];
      let j = i - 1;
      for (; j >= 0 && start[j] > s; j -= 1) {
        start[j + 1] = start[j];
        end[j + 1] = end[j];
      }
      start[j + 1] = s;
      end[j + 1] = e;
    }
  }

  /**
   * Sorted spans, none empty, merged as `mergeSpans` merges them without grace (touching ones
   * too), into `into` if given; their total length.
   */
  merge(into?: SpanColumns): number {
    if (this.length === 0) return 0;
    let ms = 0;
    let start = this.start[0];
    let end = this.end[0];
    for (let i = 1; i < this.length; i += 1) {
      if (this.start[i] <= end) {
        end = Math.max(end, this.end[i]);
        continue;
      }
      ms += end - start;
      into?.push(start, end);
      start = this.start[i];
      end = this.end[i];
    }
    into?.push(start, end);
    return ms + end - start;
  }
}

/**
 * `personAttendance` and a `summarise` for each day, for every person of an event at once: what
 * depends only on the sessions is worked out once, and each person's evidence is read in one pass
 * over columns of numbers, through buffers reused from person to person, so that a report on
 * thousands of people allocates little beyond its answer. attendance.spec.ts holds both to the
 * same figures on random evidence.
 */
export class AttendanceLedger {
  private readonly until: number[];
  private readonly days: { day: string; sessions: number[]; ofMinutes: number }[] = [];
  private readonly everySession: number[];
  private readonly ofMinutes: number;
  /** The person's interval indexes by session: session k's are order[first[k]…first[k + 1]). */
  private order = new Int32Array(256);
  private readonly first: Int32Array;
  private readonly next: Int32Array;
  /** What the person attended: in session k, present[from[k]…from[k + 1]), in `modes[k]`. */
  private readonly present = new SpanColumns();
  private readonly from: Int32Array;
  private readonly modes: Uint8Array;
  private readonly remote = new SpanColumns();
  private readonly scratch = new SpanColumns();

  constructor(
    private readonly sessions: readonly LedgerSession[],
    private readonly options: LedgerOptions & { rule: AttendanceRule },
  ) {
    this.until = sessions.map((session) => Math.min(options.now, session.endsAt));
    sessions.forEach((session, k) => {
      const day = this.days.find((candidate) => candidate.day === session.day);
      if (day) day.sessions.push(k);
      else this.days.push({ day: session.day, sessions: [k], ofMinutes: 0 });
    });
    for (const day of this.days) day.ofMinutes = this.scheduledMinutes(day.sessions);
    this.everySession = sessions.map((_, k) => k);
    this.ofMinutes = this.scheduledMinutes(this.everySession);
    this.first = new Int32Array(sessions.length + 1);
    this.next = new Int32Array(sessions.length);
    this.from = new Int32Array(sessions.length + 1);
    this.modes = new Uint8Array(sessions.length);
  }

  /**
   * One person's figures, from their remote intervals (in any order) and door passages; a session
   * with an override (by session index) counts what the override says instead.
   */
  person(
    remote: RemoteIntervals,
    passages: readonly DoorPassage[],
    overrides?: ReadonlyMap<number, SessionOverride>,
  ): PersonFigures {
    this.groupBySession(remote);
    this.present.length = 0;
    const sessions = this.sessions.map((session, k) => {
      this.from[k] = this.present.length;
      const override = overrides?.get(k);
      if (override) return this.overridden(session, k, override);
      const fromHome = this.mergeRemote(k, remote);
      const hall = hallSpans(passages, session, this.until[k]);
      let ms = 0;
      if (hall.length === 0 && this.options.graceMs >= 0) {
        // Apart by more than the grace, remote spans are already merged as they would be without.
        for (let i = 0; i < this.remote.length; i += 1) {
          this.present.push(this.remote.start[i], this.remote.end[i]);
          ms += this.remote.end[i] - this.remote.start[i];
        }
      } else {
        this.scratch.length = 0;
        for (let i = 0; i < this.remote.length; i += 1) {
          this.scratch.push(this.remote.start[i], this.remote.end[i]);
        }
        for (const span of hall) this.scratch.push(span.start, span.end);
        this.scratch.sort();
        ms = this.scratch.merge(this.present);
      }
      this.modes[k] = (fromHome ? REMOTE : 0) | (hall.length > 0 ? IN_HALL : 0);
      return sessionFigures(session, ms, this.modes[k]);
    });
    this.from[this.sessions.length] = this.present.length;
    const total = this.summarise(this.everySession, this.ofMinutes);
    return {
      total,
      days: this.days.map((day) => ({
        day: day.day,
        ...this.summarise(day.sessions, day.ofMinutes),
      })),
      sessions,
      eligible: eligible(total, this.options.rule),
    };
  }

  private overridden(session: LedgerSession, k: number, override: SessionOverride) {
    const start = Math.max(override.span?.start ?? 0, session.startsAt);
    const end = Math.min(override.span?.end ?? 0, session.endsAt);
    const ms = Math.max(0, end - start);
    if (ms > 0) this.present.push(start, end);
    this.modes[k] = ms === 0 ? 0 : override.mode === 'remote' ? REMOTE : IN_HALL;
    return sessionFigures(session, ms, this.modes[k]);
  }

  /** A counting sort of the intervals by session, then each session's by joining time. */
  private groupBySession(remote: RemoteIntervals): void {
    const { first, next } = this;
    const count = remote.session.length;
    if (this.order.length < count) this.order = new Int32Array(count * 2);
    const { order } = this;
    first.fill(0);
    for (let i = 0; i < count; i += 1) first[remote.session[i] + 1] += 1;
    for (let k = 1; k < first.length; k += 1) first[k] += first[k - 1];
    next.set(first.subarray(0, next.length));
    for (let i = 0; i < count; i += 1) order[next[remote.session[i]]++] = i;
    for (let k = 0; k < this.sessions.length; k += 1) {
      for (let i = first[k] + 1; i < first[k + 1]; i += 1) {
        const index = order[i];
        const joinedAt = remote.joinedAt[index];
        let j = i - 1;
        for (; j >= first[k] && remote.joinedAt[order[j]] > joinedAt; j -= 1)
          order[j + 1] = order[j];
        order[j + 1] = index;
      }
    }
  }

  /**
   * `sessionAttendance`'s remote part: session k's intervals merged with the grace, then clipped
   * to the session, into `this.remote`. Whether anything is left.
   */
  private mergeRemote(k: number, remote: RemoteIntervals): boolean {
    this.remote.length = 0;
    let open = false;
    let start = 0;
    let end = 0;
    for (let i = this.first[k]; i < this.first[k + 1]; i += 1) {
      const index = this.order[i];
      const joinedAt = remote.joinedAt[index];
      const leftAt = remote.leftAt[index];
      const endsAt = Number.isNaN(leftAt) ? this.until[k] : leftAt;
      if (!(endsAt > joinedAt)) continue;
      if (open && joinedAt - end <= this.options.graceMs) {
        end = Math.max(end, endsAt);
        continue;
      }
      if (open) this.pushClipped(k, start, end);
      open = true;
      start = joinedAt;
      end = endsAt;
    }
    if (open) this.pushClipped(k, start, end);
    return this.remote.length > 0;
  }

  private pushClipped(k: number, start: number, end: number): void {
    const session = this.sessions[k];
    const clippedStart = Math.max(start, session.startsAt);
    const clippedEnd = Math.min(end, session.endsAt);
    if (clippedEnd > clippedStart) this.remote.push(clippedStart, clippedEnd);
  }

  /** `summarise` over some of the sessions, from what the person attended in each. */
  private summarise(sessions: readonly number[], ofMinutes: number): LedgerTotals {
    this.scratch.length = 0;
    let modes = 0;
    for (const k of sessions) {
      modes |= this.modes[k];
      for (let i = this.from[k]; i < this.from[k + 1]; i += 1) {
        this.scratch.push(this.present.start[i], this.present.end[i]);
      }
    }
    this.scratch.sort();
    return totals(Math.round(this.scratch.merge() / MINUTE), ofMinutes, modes);
  }

  /** The sessions' own time, parallel sessions counted once. */
  private scheduledMinutes(sessions: readonly number[]): number {
    const spans = new SpanColumns();
    for (const k of sessions) {
      const { startsAt, endsAt } = this.sessions[k];
      if (endsAt > startsAt) spans.push(startsAt, endsAt);
    }
    spans.sort();
    return Math.round(spans.merge() / MINUTE);
  }
}
