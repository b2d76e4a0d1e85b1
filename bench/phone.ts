/**
 * npm run bench:phone — how long a phone on a thin link waits for the session page: from the
 * navigation until the live Q&A board shows, and until a question typed there is accepted by
 * the server. Chromium with the phone profile through the DevTools protocol: CPU 4x
 * slower, 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip. A cold run is a new browser profile
 * (empty cache, no service worker); a warm run opens the page again in that profile.
 * Options: --runs=5; --baseline=DIR, another build's apps/web/dist served and timed the same way
 * in this invocation. Fails (exit 1) when the current build's median misses 3 s cold or 1 s warm.
 */
import { resolve } from 'node:path';
import type { DemoPeopleResponse, EventAgenda, SessionTokenResponse } from '@hadir/contracts';
import { type Browser, type Page } from 'playwright-core';
import { api, arg, round } from './support/api';
import { launchChromium } from './support/browser';
import { percentile, startServer } from './support/server';

const REPO = resolve(__dirname, '../..');
const BUDGET_MS = { cold: 3000, warm: 1000 };
const PHONE = {
  latency: 150,
  downloadThroughput: (1.6 * 1_000_000) / 8,
  uploadThroughput: (750 * 1000) / 8,
  cpuSlowdown: 4,
};

interface Timing {
  boardMs: number;
  acceptedMs: number;
}

async function asPhone(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.latency,
    downloadThroughput: PHONE.downloadThroughput,
    uploadThroughput: PHONE.uploadThroughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
}

async function openSession(page: Page, url: string, run: number): Promise<Timing> {
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.getByTestId('qna-board').waitFor();
  await page.getByTestId('qna-ask-text').waitFor();
  const boardMs = performance.now() - started;
  await page.getByTestId('qna-ask-text').fill(`Bench question ${run} ${Date.now()}`);
  await page.getByTestId('qna-ask-submit').click();
  await page.getByTestId('qna-ask-sent').waitFor();
  return { boardMs, acceptedMs: performance.now() - started };
}

async function timeBuild(browser: Browser, dist: string, port: number, runs: number) {
  const server = await startServer(port, { HADIR_WEB_DIST: dist });
  try {
    const demo = (await api(server.url, '', '/demo/people')) as DemoPeopleResponse;
    const people = demo.people.filter((person) => person.roles.length === 1);
    const cold: Timing[] = [];
    const warm: Timing[] = [];
    for (let run = 0; run < runs; run += 1) {
      const person = people[run % people.length];
      if (!person) throw new Error('The demo has no participants');
      const { token } = (await api(server.url, '', '/auth/invitations/redeem', {
        token: person.invitationToken,
      })) as SessionTokenResponse;
      const agenda = (await api(
        server.url,
        token,
        `/events/${demo.eventId}/agenda`,
      )) as EventAgenda;
      const session = agenda.sessions.find((candidate) => candidate.room !== null);
      if (!session) throw new Error('The demo has no session in the hall');
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        locale: 'en-GB',
      });
      await context.addInitScript((value) => {
        window.localStorage.setItem('hadir.sessionToken', value);
      }, token);
      const page = await context.newPage();
      page.setDefaultTimeout(60_000);
      await asPhone(page);
      const target = `${server.url}/events/${demo.eventId}/sessions/${session.id}`;
      cold.push(await openSession(page, target, run));
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.goto('about:blank');
      warm.push(await openSession(page, target, run));
      await context.close();
      process.stdout.write('.');
    }
    return { cold, warm };
  } catch (error) {
    console.error(server.outputTail());
    throw error;
  } finally {
    await server.stop();
  }
}

interface Spread {
  medianMs: number;
  p95Ms: number;
}

const spread = (timings: Timing[], key: keyof Timing): Spread => {
  const sorted = timings.map((timing) => timing[key]).sort((a, b) => a - b);
  return { medianMs: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)) };
};

async function main(): Promise<void> {
  const runs = arg('runs', 5);
  const baselineDir = process.argv.find((a) => a.startsWith('--baseline='))?.split('=')[1];
  const builds: [string, string][] = [['current', resolve(REPO, 'apps/web/dist')]];
  if (baselineDir) builds.unshift(['baseline', resolve(REPO, baselineDir)]);
  const browser = await launchChromium(['--disable-component-update']);
  const results = new Map<
    string,
    Record<'coldBoard' | 'coldAccepted' | 'warmBoard' | 'warmAccepted', Spread>
  >();
  try {
    let port = 39400;
    for (const [label, dist] of builds) {
      process.stdout.write(`${label} (${dist}) `);
      const { cold, warm } = await timeBuild(browser, dist, (port += 1), runs);
      results.set(label, {
        coldBoard: spread(cold, 'boardMs'),
        coldAccepted: spread(cold, 'acceptedMs'),
        warmBoard: spread(warm, 'boardMs'),
        warmAccepted: spread(warm, 'acceptedMs'),
      });
      console.log();
    }
  } finally {
    await browser.close();
  }
  console.log(`bench:phone — session page, phone profile, ${runs} runs each (median / p95, ms)`);
  for (const [label, result] of results) {
    console.log(`  ${label}`);
    for (const [measure, { medianMs, p95Ms }] of Object.entries(result)) {
      console.log(`    ${measure.padEnd(14)} ${String(medianMs).padStart(8)} / ${p95Ms}`);
    }
  }
  const current = results.get('current');
  if (!current) throw new Error('The current build was not timed');
  const misses = [
    current.coldAccepted.medianMs > BUDGET_MS.cold
      ? `cold ${current.coldAccepted.medianMs} ms`
      : '',
    current.warmAccepted.medianMs > BUDGET_MS.warm
      ? `warm ${current.warmAccepted.medianMs} ms`
      : '',
  ].filter(Boolean);
  if (misses.length > 0) {
    console.error(`Over budget (3 s cold, 1 s warm, to a question accepted): ${misses.join(', ')}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
