/**
 * npm run bench:attendance — the attendance reports of a large event on PostgreSQL: N people ×
 * S sessions with E remote presence intervals (and a door check-in a day for half of them),
 * written straight into the database; then the organisers' report and its CSV export are timed
 * through the API.
 * Options: --people=5000 --sessions=50 --events=1000000 --runs=3
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { api, arg, round, signInAs } from './support/api';
import { percentile, startServer } from './support/server';

const PEOPLE = arg('people', 5000);
const SESSIONS = arg('sessions', 50);
const EVENTS = arg('events', 1_000_000);
const RUNS = arg('runs', 3);
const PORT = 3953;
const DAYS = 5;
const COUNTRIES = ['BD', 'BT', 'ID', 'IN', 'LA', 'LK', 'MM', 'MV', 'MY', 'NP', 'PH', 'PK', 'VN'];

/**
 * An event of its own, made as organisers make one (importing a file), so that its organiser is
 * a person of that event signed in with its link.
 */
async function newEvent(url: string): Promise<{ eventId: string; token: string; me: string }> {
  const demo = await signInAs(url, 'organiser');
  const file = (await api(url, demo.token, `/events/${demo.eventId}/export`)) as object;
  const imported = (await api(url, demo.token, '/events/import', {
    file: { ...file, people: [], sessions: [] },
    slug: `attendance-bench-${randomUUID().slice(0, 8)}`,
    title: 'Attendance bench',
    startDate: '2027-03-01',
    people: 'all',
  })) as { event: { id: string }; invitation: { path: string } };
  const invitationToken = new URL(imported.invitation.path, url).searchParams.get('token');
  const signedIn = (await api(url, '', '/auth/invitations/redeem', { token: invitationToken })) as {
    token: string;
    me: { id: string };
  };
  return { eventId: imported.event.id, token: signedIn.token, me: signedIn.me.id };
}

/** A whole event of synthetic people and evidence, in a few set-based statements. */
async function seed(client: Client, eventId: string, organiserId: string): Promise<void> {
  const first = Date.UTC(2027, 2, 1, 1, 0);
  const perDay = Math.ceil(SESSIONS / DAYS);
  await client.query(
    `INSERT INTO sessions (id, event_id, title, description, kind, starts_at, ends_at, room, streamed)
     SELECT gen_random_uuid()::varchar, $1, 'Session ' || n, '', 'plenary',
            to_timestamp($2::bigint / 1000) + ((n - 1) / $3) * interval '1 day' + ((n - 1) % $3) * interval '50 minutes',
            to_timestamp($2::bigint / 1000) + ((n - 1) / $3) * interval '1 day' + ((n - 1) % $3) * interval '50 minutes' + interval '45 minutes',
            'Main Hall', true
     FROM generate_series(1, $4) AS n`,
    [eventId, first, perDay, SESSIONS],
  );
  await client.query(
    `INSERT INTO people (id, event_id, name, country, category, attendance_mode, timezone, created_at)
     SELECT gen_random_uuid()::varchar, $4, 'Bench person ' || n, ($2::varchar[])[1 + n % $3],
            'official', CASE WHEN n % 2 = 0 THEN 'remote' ELSE 'in_person' END, 'Asia/Jakarta', now()
     FROM generate_series(1, $1) AS n`,
    [PEOPLE, COUNTRIES, COUNTRIES.length, eventId],
  );
  await client.query(
    `INSERT INTO event_roles (id, event_id, person_id, role)
     SELECT gen_random_uuid()::varchar, $1::varchar, id, 'participant' FROM people
     WHERE event_id = $1 AND name LIKE 'Bench person %'`,
    [eventId],
  );
  // Each interval: one of the event's sessions, joined within it, 5 to 40 minutes long.
  await client.query(
    `WITH s AS (SELECT id, starts_at, row_number() OVER (ORDER BY starts_at) AS k FROM sessions WHERE event_id = $1),
          p AS (SELECT person_id, row_number() OVER (ORDER BY person_id) AS i FROM event_roles WHERE event_id = $1 AND role = 'participant')
     INSERT INTO presence_intervals (id, session_id, person_id, mode, joined_at, left_at, last_seen_at)
     SELECT gen_random_uuid()::varchar, s.id, p.person_id, 'remote',
            s.starts_at + (g % 30) * interval '1 minute',
            s.starts_at + (g % 30 + 5 + g % 36) * interval '1 minute',
            s.starts_at + (g % 30 + 5 + g % 36) * interval '1 minute'
     FROM generate_series(0, $2 - 1) AS g
     JOIN p ON p.i = 1 + g % $3
     JOIN s ON s.k = 1 + (g / $3) % $4`,
    [eventId, EVENTS, PEOPLE, SESSIONS],
  );
  // Half of the people come to the hall each morning.
  await client.query(
    `WITH d AS (SELECT DISTINCT (starts_at AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Jakarta')::date AS day, min(starts_at) OVER (PARTITION BY (starts_at AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Jakarta')::date) AS first FROM sessions WHERE event_id = $1)
     INSERT INTO check_ins (id, event_id, person_id, method, device_id, recorded_by, scanned_at, received_at, day, direction, status)
     SELECT gen_random_uuid()::varchar, $1, r.person_id, 'scan', 'bench-door', $2, d.first - interval '10 minutes', now(), d.day, 'in', 'admitted'
     FROM event_roles r CROSS JOIN d
     WHERE r.event_id = $1 AND r.role = 'participant' AND ascii(r.person_id) % 2 = 0`,
    [eventId, organiserId],
  );
  await client.query('ANALYZE');
}

async function timed<T>(action: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await action();
  return { ms: round(performance.now() - started), result };
}

async function main(): Promise<void> {
  console.log(
    `bench:attendance — ${PEOPLE} people × ${SESSIONS} sessions, ${EVENTS} presence intervals`,
  );
  const server = await startServer(PORT);
  const client = new Client({ connectionString: server.databaseUrl });
  await client.connect();
  try {
    const { eventId, token, me } = await newEvent(server.url);
    const seeded = await timed(() => seed(client, eventId, me));
    const counts = await client.query<{ intervals: string; passages: string }>(
      `SELECT (SELECT count(*) FROM presence_intervals) AS intervals, (SELECT count(*) FROM check_ins WHERE event_id = $1) AS passages`,
      [eventId],
    );
    console.log(
      `  seeded in ${Math.round(seeded.ms / 1000)} s: ${counts.rows[0]?.intervals} intervals, ${counts.rows[0]?.passages} door passages`,
    );

    const report: number[] = [];
    const csv: number[] = [];
    let people = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const json = await timed(
        () =>
          api(server.url, token, `/events/${eventId}/attendance`) as Promise<{ people: unknown[] }>,
      );
      people = json.result.people.length;
      report.push(json.ms);
      const file = await timed(async () => {
        const response = await fetch(`${server.url}/api/events/${eventId}/attendance/people.csv`, {
          headers: { authorization: `Bearer ${token}` },
        });
        return (await response.text()).length;
      });
      csv.push(file.ms);
      console.log(
        `  run ${run + 1}: report ${json.ms} ms (${people} people), people.csv ${file.ms} ms`,
      );
    }
    const sorted = [...report].sort((a, b) => a - b);
    const result = {
      command: 'npm run bench:attendance',
      date: new Date().toISOString(),
      people: PEOPLE,
      sessions: SESSIONS,
      presenceIntervals: EVENTS,
      reportMs: report,
      csvMs: csv,
      medianReportMs: percentile(sorted, 50),
      goalMs: 5000,
    };
    console.log(
      `report: median ${result.medianReportMs} ms (goal < ${result.goalMs} ms) for ${people} people`,
    );
    const out = resolve(__dirname, '..', '..', 'dist', 'bench');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'attendance.json'), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await client.end();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
