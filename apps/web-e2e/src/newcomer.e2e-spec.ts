import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { dateInZone } from '@hadir/domain';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { clockRange, fetchAgenda, fetchDemoPeople } from './support/api';
import { launchBrowser } from './support/browser';
import {
  REPO_ROOT,
  type RunningHadir,
  startHadir,
  withServerOutputOnFailure,
} from './support/hadir';

const VIEWER_ZONE = 'Asia/Kathmandu';
const SCREENSHOT = join(REPO_ROOT, 'dist/e2e/event-home.png');
const UI_TIMEOUT = 15_000;

describe('Hadir in a browser', () => {
  let hadir: RunningHadir;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    hadir = await startHadir();
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await hadir?.stop();
  });

  async function openPage(timezoneId = VIEWER_ZONE): Promise<Page> {
    const context = await browser.newContext({
      timezoneId,
      locale: 'en-GB',
      viewport: { width: 1366, height: 900 },
    });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT);
    return page;
  }

  const sessionTokenOf = async (page: Page) => {
    const token = await page.evaluate(() => window.localStorage.getItem('hadir.sessionToken'));
    if (!token) throw new Error('No session token stored after signing in');
    return token;
  };

  const waitUntilConnected = (page: Page) =>
    page.waitForSelector('[data-testid="connection-status"][data-state="connected"]');

  it('should take a newcomer from the printed URL to today’s agenda in their own time zone and language', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, people } = await fetchDemoPeople(hadir.url);
      const fromNepal = people.filter(
        (person) => person.country === 'NP' && person.roles.includes('participant'),
      );
      expect(fromNepal.length).toBeGreaterThan(0);

      const page = await openPage();
      await page.goto(hadir.url);
      await page.waitForURL('**/sign-in');
      await page.getByTestId('demo-notice').waitFor();

      await page.getByTestId('demo-people-search').fill('Nepal');
      const shown = page.locator('[data-testid^="demo-person-"]');
      await expectEventually(async () => (await shown.count()) === fromNepal.length);
      for (const text of await shown.allInnerTexts()) expect(text).toContain('Nepal (NP)');

      const newcomer = fromNepal[0];
      await page
        .getByTestId('demo-group-participant')
        .getByTestId(`demo-person-${newcomer.id}`)
        .click();
      await page.waitForURL(`**/events/${eventId}`);

      const agenda = await fetchAgenda(hadir.url, eventId, await sessionTokenOf(page));
      const today = dateInZone(new Date(), agenda.event.timezone);
      const todaysSessions = agenda.sessions.filter(
        (session) => dateInZone(new Date(session.startsAt), agenda.event.timezone) === today,
      );
      expect(todaysSessions.length).toBeGreaterThan(0);

      const todayTab = page.getByTestId(`agenda-day-${today}`);
      await expectEventually(async () => (await todayTab.getAttribute('aria-selected')) === 'true');

      const cards = page.getByTestId('agenda-session');
      await expectEventually(async () => (await cards.count()) === todaysSessions.length);
      for (const session of todaysSessions) {
        const card = page.locator(
          `[data-testid="agenda-session"][data-session-id="${session.id}"]`,
        );
        expect(await card.getByTestId('session-time-range').innerText()).toBe(
          clockRange(session.startsAt, session.endsAt, VIEWER_ZONE),
        );
        expect(await card.getByTestId('session-time').getAttribute('title')).toBe(
          `${clockRange(session.startsAt, session.endsAt, agenda.event.timezone)} ${agenda.event.timezone}`,
        );
      }

      // The venue's clock is 1 h 15 min ahead of Kathmandu's: a Jakarta 08:30 start reads 07:15.
      // The first in the hall: inside the venue's day, unlike the demo's always-live session.
      const first = todaysSessions.find((session) => session.room !== null);
      if (!first) throw new Error('No session in the hall today');
      const atVenue = clockRange(first.startsAt, first.endsAt, agenda.event.timezone);
      const atViewer = clockRange(first.startsAt, first.endsAt, VIEWER_ZONE);
      expect(agenda.event.timezone).toBe('Asia/Jakarta');
      expect(minutesOf(atVenue) - minutesOf(atViewer)).toBe(75);
      const firstCard = page.locator(
        `[data-testid="agenda-session"][data-session-id="${first.id}"]`,
      );
      // The panels above the agenda first, so that nothing moves under the pointer meanwhile.
      await page.getByTestId('now-panel').waitFor();
      await page.getByTestId('next-panel').waitFor();
      await firstCard.getByTestId('session-time').hover();
      // A tooltip fading out after the pointer crossed a neighbour can still be in the page.
      const tooltip = page.getByRole('tooltip', { name: `${atVenue} Asia/Jakarta` }).first();
      await tooltip.waitFor();
      expect(await tooltip.innerText()).toBe(`${atVenue} Asia/Jakarta`);
      // Chromium's ICU may still name the zone by its older spelling, Asia/Katmandu.
      expect(await page.getByTestId('agenda-zone-note').innerText()).toMatch(/Asia\/Kath?mandu/);

      await waitUntilConnected(page);
      expect(await page.getByTestId('connection-status').textContent()).toBe('Connected');

      // Panels that render meanwhile can move another time under the pointer and open its
      // tooltip too: wait for every tooltip to go before the screenshot.
      await page.mouse.move(0, 0);
      await expectEventually(async () => (await page.getByRole('tooltip').count()) === 0);
      mkdirSync(join(REPO_ROOT, 'dist/e2e'), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });

      await page.getByTestId('language-switch').getByText('Bahasa Indonesia').click();
      await page.getByText('Sedang berlangsung').first().waitFor();
      await page.getByText('Pengumuman').first().waitFor();
      expect(await page.getByTestId('connection-status').textContent()).toBe('Terhubung');
      expect(await page.locator('html').getAttribute('lang')).toBe('id');

      await page.reload();
      await page
        .getByTestId('now-panel')
        .getByRole('heading', { name: 'Sedang berlangsung' })
        .waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('id');
      expect(await page.evaluate(() => window.localStorage.getItem('hadir.language'))).toBe('id');
    }));

  it('should show a moderator’s announcement live to a participant, and refuse an empty one without sending it', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, people } = await fetchDemoPeople(hadir.url);
      const moderator = people.find((person) => person.roles.includes('moderator'));
      const participant = people.find(
        (person) => person.roles.length === 1 && person.roles[0] === 'participant',
      );
      if (!moderator || !participant)
        throw new Error('The demo seed lacks a moderator or participant');

      const moderatorPage = await openPage('Asia/Jakarta');
      const sentFrames: string[] = [];
      moderatorPage.on('websocket', (socket) =>
        socket.on('framesent', ({ payload }) => sentFrames.push(String(payload))),
      );
      const participantPage = await openPage();

      await moderatorPage.goto(
        `${hadir.url}/join?token=${encodeURIComponent(moderator.invitationToken)}`,
      );
      await participantPage.goto(
        `${hadir.url}/join?token=${encodeURIComponent(participant.invitationToken)}`,
      );
      for (const page of [moderatorPage, participantPage]) {
        await page.waitForURL(`**/events/${eventId}`);
        await waitUntilConnected(page);
      }
      expect(await participantPage.getByTestId('announcement-form').count()).toBe(0);
      // Set in the page itself: still there afterwards only if the page was never reloaded.
      await participantPage.evaluate(() => {
        (window as unknown as { hadirE2eMarker: boolean }).hadirE2eMarker = true;
      });

      // The moderator's profile says Indonesian; a choice made on this device wins over it.
      await moderatorPage.getByText('Pengumuman').first().waitFor();
      await moderatorPage.getByTestId('language-switch').getByText('English').click();

      const input = moderatorPage.getByTestId('announcement-text-input');
      const send = moderatorPage.getByTestId('announcement-send');
      const validationError = moderatorPage.getByText('Write something to announce.');
      await send.click();
      await validationError.waitFor();
      await input.fill('   ');
      await validationError.waitFor({ state: 'hidden' });
      await send.click();
      await validationError.waitFor();
      expect(sentFrames.filter((frame) => frame.includes('announcement:create'))).toEqual([]);

      const text = `The afternoon session starts 15 minutes late <b>not bold</b> ${Date.now()}`;
      await input.fill(text);
      await send.click();
      await expectEventually(async () => (await input.inputValue()) === '');
      expect(sentFrames.filter((frame) => frame.includes('announcement:create'))).toHaveLength(1);

      const received = participantPage.getByTestId('announcement-text').filter({ hasText: text });
      await received.waitFor();
      expect(await received.innerText()).toBe(text);
      expect(await participantPage.locator('[data-testid="announcement-text"] b').count()).toBe(0);
      expect(
        await participantPage.evaluate(
          () => (window as unknown as { hadirE2eMarker?: boolean }).hadirE2eMarker,
        ),
      ).toBe(true);
      expect(
        await participantPage
          .locator('[data-testid="announcement"][data-latest="true"]')
          .innerText(),
      ).toContain(moderator.name);
    }));

  it('should tell when the device goes offline and recover when it is back', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, people } = await fetchDemoPeople(hadir.url);
      const page = await openPage();
      await page.goto(`${hadir.url}/join?token=${encodeURIComponent(people[0].invitationToken)}`);
      await page.waitForURL(`**/events/${eventId}`);
      await waitUntilConnected(page);

      await page.context().setOffline(true);
      await page.waitForSelector('[data-testid="connection-status"][data-state="offline"]');
      await page.context().setOffline(false);
      await waitUntilConnected(page);
    }));

  it('should send someone whose session is no longer valid back to sign-in', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId } = await fetchDemoPeople(hadir.url);
      const page = await openPage();
      await page.goto(`${hadir.url}/sign-in`);
      await page.evaluate(() => window.localStorage.setItem('hadir.sessionToken', 'expired'));
      await page.goto(`${hadir.url}/events/${eventId}`);
      await page.waitForURL('**/sign-in');
      expect(
        await page.evaluate(() => window.localStorage.getItem('hadir.sessionToken')),
      ).toBeNull();
    }));

  it('should explain a broken invitation link in the reader’s language and point to sign-in', () =>
    withServerOutputOnFailure(hadir, async () => {
      const page = await openPage();
      await page.goto(`${hadir.url}/join?token=not-a-real-invitation`);
      await page.getByTestId('join-error').getByText('This invitation link is not valid').waitFor();

      await page.evaluate(() => window.localStorage.setItem('hadir.language', 'id'));
      await page.reload();
      await page.getByTestId('join-error').getByText('Tautan undangan ini tidak valid').waitFor();
      await page.getByTestId('join-error').getByRole('link').click();
      await page.waitForURL('**/sign-in');
    }));
});

/** Minutes after midnight of the start of "HH:mm–HH:mm". */
function minutesOf(range: string): number {
  const [hours, minutes] = range.slice(0, 5).split(':').map(Number);
  return hours * 60 + minutes;
}

/** Polls a condition the page reaches asynchronously. */
async function expectEventually(condition: () => Promise<boolean>, timeoutMs = UI_TIMEOUT) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
}
