import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Badge, type DemoPerson } from '@hadir/contracts';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { fetchBadges, fetchDemoPeople, fetchRoster, redeemInvitation } from './support/api';
import { launchBrowser } from './support/browser';
import { writeBadgeVideo } from './support/fakeCamera';
import { type RunningHadir, startHadir, withServerOutputOnFailure } from './support/hadir';
import { expectEventually, signInOnDemoPage, UI_TIMEOUT } from './support/ui';

const JAKARTA = 'Asia/Jakarta';
const KIOSK_PIN = '4321';
/** The demo's facilitators read Hadir in Indonesian, so the scenarios do too. */
const SAYS = {
  alreadyCheckedIn: 'Sudah terdaftar hadir',
  keptOnDevice: 'disimpan di perangkat ini',
  search: 'Cari',
  checkIn: (name: string) => `Daftarkan ${name}`,
  lock: 'Kunci sebagai kios',
  unlock: 'Buka kunci',
  wrongPin: 'PIN tidak benar.',
};

interface Door {
  eventId: string;
  organiser: DemoPerson;
  facilitator: DemoPerson;
  participant: DemoPerson;
  facilitatorToken: string;
  /** In-person participants, each with their badge. */
  guests: { person: DemoPerson; badge: Badge }[];
}

describe('Checking people in at the door', () => {
  let hadir: RunningHadir;
  let workDir: string;
  const browsers: Browser[] = [];

  beforeAll(async () => {
    hadir = await startHadir();
    workDir = mkdtempSync(join(tmpdir(), 'hadir-checkin-e2e-'));
  });

  afterEach(async () => {
    await Promise.all(browsers.splice(0).map((browser) => browser.close()));
  });

  afterAll(async () => {
    await hadir?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  async function door(): Promise<Door> {
    const { eventId, people } = await fetchDemoPeople(hadir.url);
    const organiser = people.find((person) => person.roles.includes('organiser'));
    const facilitator = people.find((person) => person.roles.includes('facilitator'));
    const participants = people.filter(
      (person) => person.roles.length === 1 && person.roles[0] === 'participant',
    );
    if (!organiser || !facilitator || participants.length === 0) {
      throw new Error('The demo seed lacks an organiser, a facilitator or participants');
    }
    const badges = await fetchBadges(
      hadir.url,
      eventId,
      await redeemInvitation(hadir.url, organiser.invitationToken),
    );
    const guests = participants.flatMap((person) => {
      const badge = badges.find((candidate) => candidate.personId === person.id);
      return person.attendanceMode === 'in_person' && badge ? [{ person, badge }] : [];
    });
    return {
      eventId,
      organiser,
      facilitator,
      participant: participants[0],
      facilitatorToken: await redeemInvitation(hadir.url, facilitator.invitationToken),
      guests,
    };
  }

  /** A phone at the venue's door. */
  async function phone(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      viewport: { width: 412, height: 915 },
      isMobile: true,
      hasTouch: true,
      locale: 'en-GB',
      timezoneId: JAKARTA,
      permissions: ['camera'],
    });
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT);
    return { context, page };
  }

  async function openScanner(page: Page, eventId: string, facilitator: DemoPerson) {
    await signInOnDemoPage(page, hadir.url, eventId, facilitator);
    await page.getByTestId('checkin-link').click();
    await page.waitForURL(`**/events/${eventId}/check-in`);
    await page.locator('[data-testid="roster-age"]:not([data-people="0"])').waitFor();
  }

  const result = (page: Page, status: string) =>
    page.locator(`[data-testid="door-result"][data-status="${status}"]`);

  async function admittedPeople(eventId: string, token: string): Promise<string[]> {
    const roster = await fetchRoster(hadir.url, eventId, token);
    return roster.people.filter((person) => person.admittedAt !== null).map((p) => p.id);
  }

  it('admits the badge held up to the camera, then says it is already checked in', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, facilitator, facilitatorToken, guests } = await door();
      const guest = guests[0];
      const video = join(workDir, 'badge.y4m');
      writeBadgeVideo(video, guest.badge.code);
      const browser = await launchBrowser([`--use-file-for-fake-video-capture=${video}`]);
      browsers.push(browser);
      const { page } = await phone(browser);
      await openScanner(page, eventId, facilitator);

      await result(page, 'admitted').waitFor();
      expect(await result(page, 'admitted').innerText()).toContain(guest.person.name);
      await result(page, 'duplicate').waitFor({ timeout: 20_000 });
      const duplicate = await result(page, 'duplicate').innerText();
      expect(duplicate).toContain(SAYS.alreadyCheckedIn);
      expect(duplicate).toContain(guest.person.name);
      await expectEventually(
        async () => (await page.getByTestId('counts-checked-in').innerText()) === '1',
      );
      expect(await admittedPeople(eventId, facilitatorToken)).toEqual([guest.person.id]);

      // Kiosk: locked with a PIN, still locked after a reload, and only the PIN unlocks it.
      await page.locator('[data-testid="door-result"]').waitFor({ state: 'detached' });
      await page.getByTestId('kiosk-start').click();
      await page.locator('[data-testid="kiosk-pin"] input').first().click();
      await page.keyboard.type(KIOSK_PIN);
      await page.getByRole('button', { name: SAYS.lock }).click();
      await page.getByTestId('kiosk').waitFor();
      await page.reload();
      await page.getByTestId('kiosk').waitFor();
      expect(await page.getByTestId('checkin-search').count()).toBe(0);
      await result(page, 'duplicate').waitFor({ timeout: 20_000 });
      await page.locator('[data-testid="door-result"]').click();
      await page.getByTestId('kiosk-unlock').click();
      await page.locator('[data-testid="kiosk-pin"] input').first().click();
      await page.keyboard.type('1111');
      await page.getByRole('button', { name: SAYS.unlock, exact: true }).click();
      await page.getByText(SAYS.wrongPin).waitFor();
      await page.locator('[data-testid="kiosk-pin"] input').first().click();
      await page.keyboard.type(KIOSK_PIN);
      await page.getByRole('button', { name: SAYS.unlock, exact: true }).click();
      await page.getByTestId('kiosk-start').waitFor();
      expect(await page.getByTestId('kiosk').count()).toBe(0);
    }));

  it('keeps three scans made offline across a reload and uploads them when the network returns', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, organiser, facilitator, facilitatorToken, guests } = await door();
      const arriving = guests.slice(1, 4);
      const browser = await launchBrowser();
      browsers.push(browser);
      const { context, page } = await phone(browser);
      await page.addInitScript(() => {
        const ask = StorageManager.prototype.persist;
        StorageManager.prototype.persist = function persist(this: StorageManager) {
          (window as unknown as { hadirPersistAsked: boolean }).hadirPersistAsked = true;
          return ask.call(this);
        };
      });
      await openScanner(page, eventId, facilitator);
      // Queued scans must not be evicted: the scanner asks the browser to keep its storage.
      expect(
        await page.evaluate(
          () => (window as unknown as { hadirPersistAsked?: boolean }).hadirPersistAsked,
        ),
      ).toBe(true);
      // The app's files are on the device once the service worker controls the page.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

      const before = await admittedPeople(eventId, facilitatorToken);
      await context.setOffline(true);
      await page.locator('[data-testid="connection-status"][data-state="offline"]').waitFor();
      await page.getByText(SAYS.search, { exact: true }).click();
      for (const { person } of arriving) {
        await page.getByTestId('checkin-search').fill(person.name);
        await page.getByRole('button', { name: SAYS.checkIn(person.name) }).click();
        const answer = result(page, 'admitted');
        await answer.waitFor();
        expect(await answer.innerText()).toContain(SAYS.keptOnDevice);
        await answer.click();
        await answer.waitFor({ state: 'detached' });
      }
      await page.locator('[data-testid="pending-count"][data-count="3"]').waitFor();
      expect(await admittedPeople(eventId, facilitatorToken)).not.toContain(arriving[0].person.id);

      await page.reload();
      await page.locator('[data-testid="pending-count"][data-count="3"]').waitFor();
      expect(await page.getByTestId('recent-scan-waiting').count()).toBe(3);

      await context.setOffline(false);
      await page
        .locator('[data-testid="pending-count"][data-count="0"]')
        .waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('recent-scan-waiting').count()).toBe(0);
      expect((await admittedPeople(eventId, facilitatorToken)).sort()).toEqual(
        [...before, ...arriving.map(({ person }) => person.id)].sort(),
      );

      // The organiser's history lists the uploaded scans.
      const desk = (await phone(browser)).page;
      await signInOnDemoPage(desk, hadir.url, eventId, organiser);
      await desk.goto(`${hadir.url}/events/${eventId}/manage/check-in`);
      for (const { person } of arriving) {
        await desk
          .locator('[data-testid="checkin-history-row"]', { hasText: person.name })
          .waitFor();
      }
    }));

  it('refuses the scanner to a participant', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, participant } = await door();
      const browser = await launchBrowser();
      browsers.push(browser);
      const { page } = await phone(browser);
      await signInOnDemoPage(page, hadir.url, eventId, participant);
      expect(await page.getByTestId('checkin-link').count()).toBe(0);
      await page.goto(`${hadir.url}/events/${eventId}/check-in`);
      await page.getByTestId('checkin-refused').waitFor();
    }));
});
