/**
 * npm run bench:media — live media on this machine, with Hadir running in this process:
 * (a) join time: from clicking "Join audio and video" to the first decoded video frame of a
 *     speaker's camera, in Chromium, over --joins viewers (fresh page each);
 * (b) one speaker to N viewers: the mediasoup worker's CPU for N consumers of the speaker's camera
 *     (each sent over SRTP to a local port, as to a browser), rising until it passes 80% of a core;
 * (c) recovery: the worker is killed; time until a viewer decodes video again on a new connection.
 * Options: --joins=10 --max=1500 --seconds=8 --kills=5
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DemoPeopleResponse, EventAgenda } from '@hadir/contracts';
import type { Consumer, PlainTransport, Producer, Router, Worker } from 'mediasoup/types';
import { type Browser, type Page } from 'playwright-core';
import { api, arg, round, sleep } from './support/api';
import { launchChromium } from './support/browser';
import { percentile } from './support/server';

const JOINS = arg('joins', 10);
const MAX_CONSUMERS = arg('max', 1500);
const SECONDS = arg('seconds', 8);
const KILLS = arg('kills', 5);
const STEPS = [0, 25, 50, 100, 200, 400, 600, 800, 1000, 1200, 1500];
const ROOT = resolve(__dirname, '../..');
const CLOCK_TICKS = 100;

interface HadirApp {
  listen(port: number, host: string): Promise<unknown>;
  getHttpServer(): Server;
  get<T>(type: new (...args: never[]) => T): T;
  close(): Promise<void>;
}

/** The built API, in this process, so that the bench can reach its mediasoup worker. */
async function startHadir(dataDir: string) {
  await import('reflect-metadata');
  const { createApp } = (await import(join(ROOT, 'apps/api/dist/bootstrap.js'))) as {
    createApp: (config: unknown) => Promise<HadirApp>;
  };
  const { loadConfig } = (await import(join(ROOT, 'apps/api/dist/config/config.js'))) as {
    loadConfig: (env: NodeJS.ProcessEnv) => unknown;
  };
  const { MediaWorkers } = (await import(
    join(ROOT, 'apps/api/dist/media/media-workers.service.js')
  )) as {
    MediaWorkers: new (...args: never[]) => { slot(index: number): { worker: Worker } | undefined };
  };
  const app = await createApp(
    loadConfig({
      HADIR_DATA_DIR: dataDir,
      LOG_FORMAT: 'json',
      MEDIA_WORKERS: '1',
      MEDIA_PORT: '0',
      MEDIA_LISTEN_IP: '127.0.0.1',
    }),
  );
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const workers = app.get(MediaWorkers);
  const worker = workers.slot(0)?.worker;
  if (!worker) throw new Error('No media worker: run `npm run media:worker` first');
  return { app, url: `http://127.0.0.1:${port}`, worker, workers };
}

/** The routers and producers the worker makes, as they appear. */
function watchWorker(worker: Worker) {
  const producers: { router: Router; producer: Producer }[] = [];
  worker.observer.on('newrouter', (router: Router) => {
    router.observer.on('newtransport', (transport) => {
      transport.observer.on('newproducer', (producer: Producer) =>
        producers.push({ router, producer }),
      );
    });
  });
  return producers;
}

function recordPeerConnections(page: Page) {
  return page.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    const made: RTCPeerConnection[] = [];
    (window as unknown as { benchConnections: RTCPeerConnection[] }).benchConnections = made;
    window.RTCPeerConnection = class extends Native {
      constructor(configuration?: RTCConfiguration) {
        super(configuration);
        made.push(this);
      }
    };
  });
}

async function openSession(browser: Browser, url: string, token: string, path: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await recordPeerConnections(page);
  await page.goto(`${url}/join?token=${encodeURIComponent(token)}`);
  await page.waitForURL('**/events/*');
  await page.goto(`${url}${path}`);
  await page.getByTestId('media-join').waitFor();
  return page;
}

/** Milliseconds from the click to the first decoded frame, measured inside the page. */
function timeJoin(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const made = (window as unknown as { benchConnections: RTCPeerConnection[] }).benchConnections;
    const decoded = async () => {
      for (const connection of made) {
        if (connection.connectionState === 'closed') continue;
        let frames = 0;
        (await connection.getStats()).forEach((stat: { type: string; framesDecoded?: number }) => {
          if (stat.type === 'inbound-rtp') frames += stat.framesDecoded ?? 0;
        });
        if (frames > 0) return true;
      }
      return false;
    };
    const button = document.querySelector<HTMLButtonElement>('[data-testid="media-join"]');
    if (!button) throw new Error('No join button');
    const started = performance.now();
    button.click();
    while (!(await decoded())) await new Promise((next) => setTimeout(next, 5));
    return performance.now() - started;
  });
}

/** Milliseconds from killing the media worker until the page decodes video on a new connection. */
async function timeRecovery(page: Page, kill: () => void): Promise<number> {
  const before = await page.evaluate(
    () => (window as unknown as { benchConnections: RTCPeerConnection[] }).benchConnections.length,
  );
  const started = Date.now();
  kill();
  for (;;) {
    const decoding = await page.evaluate(async (first) => {
      const made = (window as unknown as { benchConnections: RTCPeerConnection[] })
        .benchConnections;
      for (const connection of made.slice(first)) {
        let frames = 0;
        (await connection.getStats()).forEach((stat: { type: string; framesDecoded?: number }) => {
          if (stat.type === 'inbound-rtp') frames += stat.framesDecoded ?? 0;
        });
        if (frames > 0) return true;
      }
      return false;
    }, before);
    if (decoding) return Date.now() - started;
    await sleep(20);
  }
}

/** The worker's CPU time in seconds, from the kernel's accounting. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** A UDP port that never reads: the kernel drops what overflows, at no cost to the bench. */
function udpSink(): Promise<{ port: number; process: ChildProcess }> {
  const child = spawn('python3', [
    '-c',
    'import socket,time\n' +
      's=socket.socket(socket.AF_INET,socket.SOCK_DGRAM)\n' +
      "s.bind(('127.0.0.1',0))\n" +
      'print(s.getsockname()[1],flush=True)\n' +
      'time.sleep(86400)',
  ]);
  return new Promise((resolvePort, reject) => {
    child.stdout.once('data', (chunk: Buffer) =>
      resolvePort({ port: Number(chunk.toString().trim()), process: child }),
    );
    child.once('error', reject);
  });
}

async function addConsumers(
  router: Router,
  producer: Producer,
  sinkPort: number,
  count: number,
  into: { transport: PlainTransport; consumer: Consumer }[],
) {
  for (let i = 0; i < count; i += 1) {
    const transport = await router.createPlainTransport({
      listenInfo: { protocol: 'udp', ip: '127.0.0.1' },
      rtcpMux: true,
      comedia: false,
      enableSrtp: true,
    });
    await transport.connect({
      ip: '127.0.0.1',
      port: sinkPort,
      srtpParameters: transport.srtpParameters,
    });
    const consumer = await transport.consume({
      producerId: producer.id,
      rtpCapabilities: router.rtpCapabilities,
    });
    into.push({ transport, consumer });
  }
}

function chart(points: { consumers: number; cpuPercent: number }[]): string {
  const width = 640;
  const height = 320;
  const pad = 48;
  const maxX = Math.max(...points.map((p) => p.consumers), 1);
  const x = (v: number) => pad + (v / maxX) * (width - 2 * pad);
  const y = (v: number) => height - pad - (v / 100) * (height - 2 * pad);
  const line = points.map((p) => `${x(p.consumers)},${y(p.cpuPercent)}`).join(' ');
  const ticks = [0, 25, 50, 80, 100]
    .map(
      (v) =>
        `<line x1="${pad}" x2="${width - pad}" y1="${y(v)}" y2="${y(v)}" stroke="${v === 80 ? '#e8590c' : '#ddd'}"/>` +
        `<text x="${pad - 6}" y="${y(v) + 4}" text-anchor="end" font-size="11">${v}%</text>`,
    )
    .join('');
  const labels = points
    .map(
      (p) =>
        `<circle cx="${x(p.consumers)}" cy="${y(p.cpuPercent)}" r="3" fill="#1c7ed6"/>` +
        `<text x="${x(p.consumers)}" y="${height - pad + 16}" text-anchor="middle" font-size="11">${p.consumers}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">` +
    `<rect width="100%" height="100%" fill="white"/>${ticks}` +
    `<polyline points="${line}" fill="none" stroke="#1c7ed6" stroke-width="2"/>${labels}` +
    `<text x="${width / 2}" y="${height - 8}" text-anchor="middle" font-size="12">consumers of one speaker's camera</text>` +
    `<text x="14" y="${height / 2}" transform="rotate(-90 14 ${height / 2})" text-anchor="middle" font-size="12">worker CPU (% of one core)</text>` +
    `</svg>\n`
  );
}

async function main(): Promise<void> {
  console.log(`bench:media — ${JOINS} joins; one speaker to up to ${MAX_CONSUMERS} consumers`);
  const dataDir = mkdtempSync(join(tmpdir(), 'hadir-bench-media-'));
  const { app, url, worker, workers } = await startHadir(dataDir);
  const produced = watchWorker(worker);
  const browser = await launchChromium([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
  ]);
  const sink = await udpSink();
  try {
    const demo = (await api(url, '', '/demo/people')) as DemoPeopleResponse;
    const speaker = demo.people.find((person) => person.roles.includes('speaker'));
    const viewers = demo.people.filter((person) => person.roles.join() === 'participant');
    if (!speaker || viewers.length < JOINS) throw new Error('The demo lacks people');
    const speakerToken = (
      (await api(url, '', '/auth/invitations/redeem', { token: speaker.invitationToken })) as {
        token: string;
      }
    ).token;
    const agenda = (await api(url, speakerToken, `/events/${demo.eventId}/agenda`)) as EventAgenda;
    const session = agenda.sessions.find((candidate) => candidate.room !== null);
    if (!session) throw new Error('The demo agenda has no session');
    const path = `/events/${demo.eventId}/sessions/${session.id}`;

    const stage = await openSession(browser, url, speaker.invitationToken, path);
    await stage.getByTestId('media-join').click();
    await stage.locator('[data-testid="media-panel"][data-status="joined"]').waitFor();
    await stage.getByTestId('media-camera').click();
    await stage.getByTestId('media-mic').click();
    await stage.getByTestId('media-self').waitFor();
    await sleep(2000);

    const joins: number[] = [];
    for (const viewer of viewers.slice(0, JOINS)) {
      const page = await openSession(browser, url, viewer.invitationToken, path);
      const ms = await timeJoin(page);
      joins.push(ms);
      console.log(`  join ${joins.length}: ${Math.round(ms)} ms to the first decoded frame`);
      await page.context().close();
    }
    const sorted = [...joins].sort((a, b) => a - b);
    const joinTime = {
      joins: joins.length,
      medianMs: Math.round(percentile(sorted, 50)),
      p95Ms: Math.round(percentile(sorted, 95)),
      maxMs: Math.round(sorted[sorted.length - 1] ?? 0),
    };
    console.log(`join time: median ${joinTime.medianMs} ms, p95 ${joinTime.p95Ms} ms`);

    const camera = produced.find(
      ({ producer }) => producer.kind === 'video' && producer.appData.source === 'camera',
    );
    if (!camera) throw new Error("The speaker's camera never reached the worker");
    await sleep(3000);
    const consumers: { transport: PlainTransport; consumer: Consumer }[] = [];
    const points: { consumers: number; cpuPercent: number }[] = [];
    for (const step of STEPS.filter((n) => n <= MAX_CONSUMERS)) {
      await addConsumers(
        camera.router,
        camera.producer,
        sink.port,
        step - consumers.length,
        consumers,
      );
      await sleep(2000);
      const before = cpuSeconds(worker.pid);
      const started = Date.now();
      await sleep(SECONDS * 1000);
      const cpuPercent = round(
        ((cpuSeconds(worker.pid) - before) / ((Date.now() - started) / 1000)) * 100,
      );
      points.push({ consumers: step, cpuPercent });
      console.log(`  ${step} consumers: worker CPU ${cpuPercent}% of one core`);
      if (cpuPercent >= 80) break;
    }
    const [idle] = points;
    const last = points[points.length - 1];
    const perConsumer =
      idle && last && last.consumers > 0 ? (last.cpuPercent - idle.cpuPercent) / last.consumers : 0;
    const bitrate = (await camera.producer.getStats()).reduce((sum, s) => sum + s.bitrate, 0);
    const fanout = {
      speakerCameraKbps: Math.round(bitrate / 1000),
      points,
      cpuPercentPerConsumer: Math.round(perConsumer * 1000) / 1000,
      consumersAt80Percent:
        perConsumer > 0 ? Math.round((80 - (idle?.cpuPercent ?? 0)) / perConsumer) : null,
    };
    console.log(
      `worker CPU per consumer: ${fanout.cpuPercentPerConsumer}% of a core; ` +
        `about ${fanout.consumersAt80Percent} consumers per worker at 80% (camera at ${fanout.speakerCameraKbps} kbit/s)`,
    );
    for (const { transport } of consumers) transport.close();

    const viewer = await openSession(browser, url, viewers[0]?.invitationToken ?? '', path);
    await viewer.getByTestId('media-join').click();
    await viewer.locator('[data-testid="media-tile"][data-source="camera"]').waitFor();
    const recoveries: number[] = [];
    for (let round = 0; round < KILLS; round += 1) {
      await sleep(3000);
      const pid = workers.slot(0)?.worker.pid;
      if (!pid) throw new Error('The media worker did not come back');
      const ms = await timeRecovery(viewer, () => process.kill(pid, 'SIGKILL'));
      recoveries.push(ms);
      console.log(`  worker killed: the viewer decodes video again after ${ms} ms`);
    }
    const recovery = {
      kills: recoveries.length,
      medianMs: percentile(
        [...recoveries].sort((a, b) => a - b),
        50,
      ),
      maxMs: Math.max(...recoveries),
    };
    console.log(
      `recovery after a worker dies: median ${recovery.medianMs} ms, max ${recovery.maxMs} ms`,
    );
    const result = {
      command: 'npm run bench:media',
      date: new Date().toISOString(),
      join: joinTime,
      joins,
      fanout,
      recovery,
    };
    const out = join(ROOT, 'dist/bench');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'media.json'), `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(join(out, 'media-cpu.svg'), chart(points));
    console.log(`written: dist/bench/media.json, dist/bench/media-cpu.svg`);
  } finally {
    sink.process.kill();
    await browser.close();
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
