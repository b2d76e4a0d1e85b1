/**
 * npm run bench:checkin — five door devices scanning 200 badges a second in total for 60 s, one
 * scan in ten a duplicate or a replay, against the API on PostgreSQL. Prints latency percentiles
 * and throughput, then checks that nobody was admitted twice and no scan went missing.
 * Options: --seconds=60 --rate=200 --devices=5
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Ack, BadgesResponse, CheckInResult, CheckInScan } from '@hadir/contracts';
import { Client } from 'pg';
import { api, arg, connect, type LiveClient, round, signInAs, sleep } from './support/api';
import { percentile, startServer } from './support/server';

const SECONDS = arg('seconds', 60);
const RATE = arg('rate', 200);
const DEVICES = arg('devices', 5);
const PORT = 3950;
const IMPORT_CHUNK = 1000;

type Device = LiveClient;

async function main(): Promise<void> {
  console.log(`bench:checkin — ${DEVICES} devices, ${RATE} scans/s, ${SECONDS} s, PostgreSQL`);
  const server = await startServer(PORT);
  try {
    const { token: organiser, eventId } = await signInAs(server.url, 'organiser');
    const { token: facilitator } = await signInAs(server.url, 'facilitator');

    const needed = Math.ceil(RATE * SECONDS * 0.9) + 100;
    await importPeople(server.url, organiser, eventId, needed);
    const badges = (
      (await api(server.url, organiser, `/events/${eventId}/badges`)) as BadgesResponse
    ).badges.map((b) => b.code);
    console.log(`  ${badges.length} badges ready`);

    const devices: Device[] = await Promise.all(
      Array.from({ length: DEVICES }, () => connect(server.url, facilitator)),
    );
    const latencies: number[] = [];
    const sentIds = new Set<string>();
    const freshBadges = new Set<string>();
    const statuses = new Map<string, number>();
    const sent: CheckInScan[] = [];
    let nextBadge = 0;
    let failures = 0;
    let pending = 0;

    const scanOnce = (device: Device, index: number) => {
      const roll = Math.random();
      let scan: CheckInScan;
      if (roll < 0.05 && sent.length > 0) {
        scan = sent[Math.floor(Math.random() * sent.length)]; // a replay
      } else if (roll < 0.1 && sent.length > 0) {
        const earlier = sent[Math.floor(Math.random() * sent.length)];
        scan = {
          ...earlier,
          id: randomUUID(),
          deviceId: `door-${index}`,
          scannedAt: new Date().toISOString(),
        };
      } else {
        const badgeCode = badges[nextBadge++ % badges.length];
        freshBadges.add(badgeCode);
        scan = {
          id: randomUUID(),
          eventId,
          method: 'scan',
          badgeCode,
          deviceId: `door-${index}`,
          scannedAt: new Date().toISOString(),
        };
      }
      sent.push(scan);
      sentIds.add(scan.id);
      const started = performance.now();
      pending++;
      device
        .timeout(10_000)
        .emitWithAck('checkin:scan.record', scan)
        .then((ack: Ack<CheckInResult>) => {
          latencies.push(performance.now() - started);
          const status = ack.ok ? ack.data.status : ack.error.code;
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (!ack.ok) failures++;
        })
        .catch(() => failures++)
        .finally(() => pending--);
    };

    const started = performance.now();
    const interval = (1000 * DEVICES) / RATE;
    const timers = devices.map((device, index) =>
      setTimeout(
        () => {
          const timer = setInterval(() => scanOnce(device, index), interval);
          timers.push(timer);
        },
        (interval / DEVICES) * index,
      ),
    );
    for (let elapsed = 0; elapsed < SECONDS;) {
      const step = Math.min(10, SECONDS - elapsed);
      await sleep(step * 1000);
      elapsed += step;
      console.log(`  ${elapsed} s: ${sent.length} scans sent, ${latencies.length} answered`);
    }
    timers.forEach((t) => clearInterval(t));
    while (pending > 0) await sleep(50);
    const elapsed = (performance.now() - started) / 1000;
    devices.forEach((d) => d.close());

    const verdict = await verify(server.databaseUrl, eventId, sentIds, freshBadges);
    latencies.sort((a, b) => a - b);
    const result = {
      command: 'npm run bench:checkin',
      devices: DEVICES,
      targetRate: RATE,
      seconds: SECONDS,
      scansSent: sent.length,
      answered: latencies.length,
      failures,
      throughputPerSecond: Math.round(latencies.length / elapsed),
      latencyMs: {
        p50: round(percentile(latencies, 50)),
        p99: round(percentile(latencies, 99)),
        max: round(latencies.at(-1) ?? Number.NaN),
      },
      statuses: Object.fromEntries(statuses),
      ...verdict,
    };
    mkdirSync('dist/bench', { recursive: true });
    writeFileSync('dist/bench/checkin.json', `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
    const ok = verdict.admittedTwice === 0 && verdict.missingScans === 0 && failures === 0;
    console.log(ok ? 'OK: nobody admitted twice, no scan missing' : 'FAILED');
    if (!ok) console.log(`--- the API's last output ---\n${server.outputTail()}`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    await server.stop();
  }
}

async function verify(
  databaseUrl: string,
  eventId: string,
  sentIds: Set<string>,
  fresh: Set<string>,
) {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const twice = await db.query(
      `SELECT person_id FROM check_ins
        WHERE event_id = $1 AND status = 'admitted' AND NOT reentry AND undone_at IS NULL
        GROUP BY person_id, day, session_id, venue_room HAVING count(*) > 1`,
      [eventId],
    );
    const stored = await db.query<{ id: string }>('SELECT id FROM check_ins WHERE event_id = $1', [
      eventId,
    ]);
    const storedIds = new Set(stored.rows.map((r) => r.id));
    const admissions = await db.query<{ n: string }>(
      'SELECT count(*) AS n FROM admissions WHERE event_id = $1',
      [eventId],
    );
    return {
      admittedTwice: twice.rowCount ?? 0,
      missingScans: [...sentIds].filter((id) => !storedIds.has(id)).length,
      distinctScans: sentIds.size,
      admissions: Number(admissions.rows[0]?.n),
      distinctBadgesScanned: fresh.size,
    };
  } finally {
    await db.end();
  }
}

async function importPeople(
  url: string,
  token: string,
  eventId: string,
  count: number,
): Promise<void> {
  const header = 'Name,Email,Country,Organisation,Category,Attendance mode,Language';
  for (let done = 0; done < count; done += IMPORT_CHUNK) {
    const rows = Array.from({ length: Math.min(IMPORT_CHUNK, count - done) }, (_, i) => {
      const n = done + i;
      return `Bench Person ${n},bench${n}@bench.example.org,ID,Bench SMI ${n % 97},Business owner,In-person,en`;
    });
    await api(url, token, `/events/${eventId}/people/import`, {
      csv: [header, ...rows].join('\n'),
    });
    console.log(`  imported ${Math.min(done + IMPORT_CHUNK, count)} of ${count} people`);
  }
}

main().catch((thrown: unknown) => {
  console.error(thrown);
  process.exit(1);
});
