import {
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
