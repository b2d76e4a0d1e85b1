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
    byScope.set(passage.scope, [...(byScope.get(passage.scope) ?? []), passage]);
  }
  const spans: Span[] = [];
  for (const scoped of byScope.values()) {
    let openedAt: number | null = null;
    for (const passage of [...scoped].sort((a, b) => a.at - b.at)) {
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
  const hallSpans = clipAll(mergeSpans(inPersonSpans(passages, session, until)), session);
  const present = mergeSpans([...remoteSpans, ...hallSpans]);
  const length = session.endsAt - session.startsAt;
  const ms = totalMs(present);
  const fromHome = totalMs(remoteSpans) > 0;
  const inHall = totalMs(hallSpans) > 0;
  return {
    sessionId: session.id,
    minutes: Math.round(ms / MINUTE),
    percent: length > 0 ? Math.round((ms / length) * 1000) / 10 : 0,
    mode: fromHome && inHall ? 'both' : inHall ? 'in_person' : fromHome ? 'remote' : null,
    spans: present,
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
  const modes = new Set(perSession.flatMap((entry) => (entry.mode ? [entry.mode] : [])));
  const mode: LedgerMode | null =
    modes.has('both') || (modes.has('remote') && modes.has('in_person'))
      ? 'both'
      : modes.has('in_person')
        ? 'in_person'
        : modes.has('remote')
          ? 'remote'
          : null;
  const percent = ofMinutes > 0 ? Math.round((minutes / ofMinutes) * 1000) / 10 : 0;
  return {
    sessions: perSession,
    minutes,
    ofMinutes,
    percent,
    mode,
    eligible: ofMinutes > 0 && percent >= rule.minPercent,
  };
}
