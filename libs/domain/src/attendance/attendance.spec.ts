import {
  AttendanceLedger,
  type DoorPassage,
  type LedgerSession,
  mergeSpans,
  personAttendance,
  type RemotePresence,
  sessionAttendance,
  summarise,
} from './attendance';

const MIN = 60_000;
const DAY = '2026-11-27';
/** Minutes after 09:00 on the day, as epoch milliseconds. */
const at = (minutes: number) => Date.UTC(2026, 10, 27, 2, 0) + minutes * MIN;

const plenary: LedgerSession = {
  id: 'plenary',
  startsAt: at(0),
  endsAt: at(90),
  room: 'Main Hall',
  day: DAY,
};
const online: LedgerSession = {
  id: 'online',
  startsAt: at(120),
  endsAt: at(180),
  room: null,
  day: DAY,
};
const options = { graceMs: 2 * MIN, now: at(24 * 60) };

const remote = (sessionId: string, from: number, to: number | null): RemotePresence => ({
  personId: 'p',
  sessionId,
  joinedAt: at(from),
  leftAt: to === null ? null : at(to),
});
const door = (direction: 'in' | 'out', minute: number, scope = 'room:Main Hall'): DoorPassage => ({
  personId: 'p',
  day: DAY,
  scope,
  direction,
  at: at(minute),
});

describe(mergeSpans.name, () => {
  it('should join overlapping spans and gaps within the grace, and keep longer gaps', () => {
    expect(
      mergeSpans(
        [
          { start: 10, end: 20 },
          { start: 0, end: 12 },
          { start: 21, end: 30 },
          { start: 40, end: 50 },
        ],
        1,
      ),
    ).toEqual([
      { start: 0, end: 30 },
      { start: 40, end: 50 },
    ]);
  });
});

describe(sessionAttendance.name, () => {
  it('should count overlapping remote intervals (two tabs) once', () => {
    const attended = sessionAttendance(
      plenary,
      [remote('plenary', 0, 60), remote('plenary', 30, 80)],
      [],
      options,
    );
    expect(attended).toMatchObject({
      sessionId: 'plenary',
      minutes: 80,
      percent: 88.9,
      mode: 'remote',
    });
  });

  it('should bridge a reconnect inside the grace, and not a longer absence', () => {
    const blip = sessionAttendance(
      plenary,
      [remote('plenary', 0, 40), remote('plenary', 41, 90)],
      [],
      options,
    );
    expect(blip.minutes).toBe(90);
    const away = sessionAttendance(
      plenary,
      [remote('plenary', 0, 40), remote('plenary', 50, 90)],
      [],
      options,
    );
    expect(away.minutes).toBe(80);
  });

  it('should join a person who switches from remote to the hall mid-session, counted once', () => {
    const attended = sessionAttendance(
      plenary,
      [remote('plenary', 0, 50)],
      [door('in', 45)],
      options,
    );
    expect(attended).toMatchObject({
      sessionId: 'plenary',
      minutes: 90,
      percent: 100,
      mode: 'both',
    });
  });

  it('should stop at a check-out before the end, and start again at a return', () => {
    const left = sessionAttendance(plenary, [], [door('in', -30), door('out', 60)], options);
    expect(left).toMatchObject({ minutes: 60, mode: 'in_person' });
    const back = sessionAttendance(
      plenary,
      [],
      [door('in', -30), door('out', 60), door('in', 75)],
      options,
    );
    expect(back.minutes).toBe(75);
  });

  it('should place a building check-in in the hall’s sessions, never in a remote-only one', () => {
    expect(sessionAttendance(plenary, [], [door('in', 10, '')], options).minutes).toBe(80);
    expect(sessionAttendance(online, [], [door('in', 10, '')], options).minutes).toBe(0);
  });

  it('should not count a check-in to another room or another day', () => {
    const elsewhere = [door('in', 0, 'room:Room B'), { ...door('in', 0), day: '2026-11-28' }];
    expect(sessionAttendance(plenary, [], elsewhere, options)).toMatchObject({
      minutes: 0,
      mode: null,
    });
  });

  it('should count presence still open only up to now during the session', () => {
    const running = sessionAttendance(plenary, [remote('plenary', 10, null)], [], {
      ...options,
      now: at(40),
    });
    expect(running.minutes).toBe(30);
  });
});

describe(personAttendance.name, () => {
  it('should total a day and decide eligibility by the share of the sessions’ time', () => {
    const day = personAttendance(
      [plenary, online],
      [remote('online', 120, 180)],
      [door('in', -10), door('out', 45)],
      { ...options, rule: { minPercent: 80 } },
    );
    expect(day).toMatchObject({ minutes: 105, ofMinutes: 150, percent: 70, mode: 'both' });
    expect(day.eligible).toBe(false);
    const enough = personAttendance(
      [plenary, online],
      [remote('online', 120, 180)],
      [door('in', -10), door('out', 75)],
      { ...options, rule: { minPercent: 80 } },
    );
    expect(enough).toMatchObject({ minutes: 135, percent: 90, eligible: true });
  });

  it('should total one day from the figures computed once for the event', () => {
    const rule = { minPercent: 80 };
    const event = personAttendance(
      [plenary, online],
      [remote('online', 120, 180)],
      [door('in', -10), door('out', 45)],
      { ...options, rule },
    );
    expect(summarise([online], event.sessions, rule)).toMatchObject({
      sessions: [{ sessionId: 'online', minutes: 60 }],
      minutes: 60,
      ofMinutes: 60,
      percent: 100,
      mode: 'remote',
      eligible: true,
    });
  });

  it('should count parallel sessions’ time once, in what was attended and what was expected', () => {
    const clinicA: LedgerSession = { ...plenary, id: 'clinic-a', room: 'Room A' };
    const clinicB: LedgerSession = { ...plenary, id: 'clinic-b', room: 'Room B' };
    const day = personAttendance([clinicA, clinicB], [], [door('in', -5, '')], {
      ...options,
      rule: { minPercent: 80 },
    });
    expect(day.sessions.map((entry) => entry.minutes)).toEqual([90, 90]);
    expect(day).toMatchObject({ minutes: 90, ofMinutes: 90, percent: 100, eligible: true });
  });
});

describe(AttendanceLedger.name, () => {
  it('should count a corrected session as the correction says, and the rest from the records', () => {
    const ledger = new AttendanceLedger([plenary, online], {
      ...options,
      rule: { minPercent: 80 },
    });
    const records = [door('in', -10), door('out', 45)];
    const columns = { session: [1], joinedAt: [at(120)], leftAt: [at(180)] };
    const asRecorded = ledger.person(columns, records);
    expect(asRecorded.sessions.map((s) => [s.minutes, s.mode])).toEqual([
      [45, 'in_person'],
      [60, 'remote'],
    ]);
    // The badge was scanned late: in the hall from the start until 80 minutes in.
    const corrected = ledger.person(
      columns,
      records,
      new Map([[0, { span: { start: at(-30), end: at(80) }, mode: 'in_person' as const }]]),
    );
    expect(corrected.sessions.map((s) => [s.minutes, s.mode])).toEqual([
      [80, 'in_person'],
      [60, 'remote'],
    ]);
    expect(corrected.total).toMatchObject({ minutes: 140, percent: 93.3, mode: 'both' });
    expect(corrected.eligible).toBe(true);
    // Absent: the remote session left connected on an unattended laptop.
    const absent = ledger.person(columns, records, new Map([[1, { span: null, mode: 'remote' }]]));
    expect(absent.sessions.map((s) => [s.minutes, s.mode])).toEqual([
      [45, 'in_person'],
      [0, null],
    ]);
    expect(absent.total).toMatchObject({ minutes: 45, mode: 'in_person' });
  });

  /** A small linear congruential generator: the same "random" evidence on every run. */
  const generator = (seed: number) => () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };

  it('should give each person exactly what personAttendance and summarise give, on random evidence', () => {
    const random = generator(2026);
    const int = (below: number) => Math.floor(random() * below);
    const pick = <T>(items: readonly T[]): T => items[int(items.length)];
    const days = [DAY, '2026-11-28', '2026-11-29'];
    let people = 0;
    for (let round = 0; round < 400; round += 1) {
      // Parallel, back-to-back, empty and negative sessions, in and out of the hall, over days.
      const sessions: LedgerSession[] = Array.from({ length: 1 + int(8) }, (_, k) => {
        const day = int(days.length);
        const startsAt = at(day * 24 * 60 + int(12) * 30) + int(3) * 1000;
        const length = pick([0, 30, 45, 60, 90, -10]) * MIN;
        return {
          id: `s${k}`,
          startsAt,
          endsAt: startsAt + length,
          room: pick(['Main Hall', 'Room A', null]),
          day: days[day] ?? DAY,
        };
      });
      const graceMs = pick([0, 1, 2 * MIN, 5 * MIN]);
      const now = pick([at(5 * 24 * 60), at(-24 * 60), pick(sessions).startsAt + int(60) * MIN]);
      const rule = { minPercent: pick([0, 50, 80, 100]) };
      const ledger = new AttendanceLedger(sessions, { graceMs, now, rule });
      for (let person = 0; person < 1 + int(4); person += 1) {
        const presences: RemotePresence[] = [];
        for (let count = int(12); count > 0; count -= 1) {
          const session = pick(sessions);
          const joinedAt = session.startsAt + (int(150) - 30) * MIN + pick([0, 1, 500, int(MIN)]);
          const leftAt =
            int(6) === 0 ? null : joinedAt + pick([0, -MIN, int(60) * MIN, graceMs, graceMs + 1]);
          presences.push({ personId: 'p', sessionId: session.id, joinedAt, leftAt });
          if (leftAt !== null && int(2) === 0) {
            // Back after a gap at, around or beyond the grace.
            const back = leftAt + pick([0, graceMs - 1, graceMs, graceMs + 1, -MIN, 3 * MIN]);
            const until = int(5) === 0 ? null : back + int(40) * MIN;
            presences.push({ personId: 'p', sessionId: session.id, joinedAt: back, leftAt: until });
          }
        }
        const passages: DoorPassage[] = Array.from({ length: int(6) }, () => {
          const session = pick(sessions);
          return {
            personId: 'p',
            day: pick([session.day, session.day, pick(days)]),
            scope: pick(['', 'room:Main Hall', 'room:Room A', 'room:Elsewhere', session.id]),
            direction: pick(['in', 'in', 'out'] as const),
            at: session.startsAt + (int(150) - 40) * MIN + pick([0, 1]),
          };
        });

        const total = personAttendance(sessions, presences, passages, { graceMs, now, rule });
        const figures = (of: ReturnType<typeof summarise>) => ({
          minutes: of.minutes,
          ofMinutes: of.ofMinutes,
          percent: of.percent,
          mode: of.mode,
        });
        const index = new Map(sessions.map((session, k) => [session.id, k]));
        const remote = {
          session: presences.map((presence) => index.get(presence.sessionId) ?? -1),
          joinedAt: presences.map((presence) => presence.joinedAt),
          leftAt: presences.map((presence) => presence.leftAt ?? Number.NaN),
        };
        expect(ledger.person(remote, passages)).toEqual({
          total: figures(total),
          days: [...new Set(sessions.map((session) => session.day))].map((day) => ({
            day,
            ...figures(
              summarise(
                sessions.filter((session) => session.day === day),
                total.sessions,
                rule,
              ),
            ),
          })),
          sessions: total.sessions.map(({ sessionId, minutes, percent, mode }) => ({
            sessionId,
            minutes,
            percent,
            mode,
          })),
          eligible: total.eligible,
        });
        people += 1;
      }
    }
    expect(people).toBeGreaterThan(800);
  });
});
