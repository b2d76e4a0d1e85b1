import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_EXPORT_FORMAT, eventExportSchema } from '@hadir/contracts';
import { type Browser, type Locator, type Page } from 'playwright-core';
import { fetchAgenda, fetchDemoPeople, fetchEvents, fetchPeople } from './support/api';
import { launchBrowser } from './support/browser';
import {
  REPO_ROOT,
  type RunningHadir,
  startHadir,
  withServerOutputOnFailure,
} from './support/hadir';
import { ContextPool, expectEventually, sessionTokenOf, signInOnDemoPage } from './support/ui';

const SCREENSHOTS = join(REPO_ROOT, 'dist/e2e');
const NEW_TITLE = 'Women-owned SMIs: the 2027 edition';
const NEW_SLUG = 'women-smi-2027';
const NEW_START = '2027-09-13';
const NEW_END = '2027-09-17';

describe('Carrying an event over to its next edition in a browser', () => {
  let hadir: RunningHadir;
  let browser: Browser;
  const pool = new ContextPool(() => browser);

  beforeAll(async () => {
    hadir = await startHadir();
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterEach(() => pool.closeAll());

  afterAll(async () => {
    await browser?.close();
    await hadir?.stop();
  });

  /** Chooses a file in the import panel the way the file picker would. */
  const chooseFile = (page: Page, name: string, contents: Buffer) =>
    page
      .getByTestId('import-panel')
      .locator('input[type="file"]')
      .setInputFiles({ name, mimeType: 'application/json', buffer: contents });

  /** The error Mantine shows under the field that holds `input`. */
  const errorUnder = (input: Locator) =>
    input
      .locator('xpath=ancestor::div[contains(@class, "mantine-InputWrapper-root")][1]')
      .locator('.mantine-InputWrapper-error');

  it('should export the event and import it as a new edition on other dates', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, people } = await fetchDemoPeople(hadir.url);
      const organiser = people.find((person) => person.roles.includes('organiser'));
      if (!organiser) throw new Error('The demo seed has no organiser');

      const page = await pool.openPage('Asia/Jakarta');
      const importPosts: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().endsWith('/api/events/import'))
          importPosts.push(request.url());
      });
      await signInOnDemoPage(page, hadir.url, eventId, organiser);
      // The organiser's profile says Indonesian: the page says so in English, the language it was
      // read in, and goes back to English on request.
      const notice = page.getByTestId('profile-language-notice');
      expect(await notice.innerText()).toContain(
        'This page is in Bahasa Indonesia, the language of your profile.',
      );
      await notice.getByRole('button', { name: 'Back to English' }).click();
      await notice.waitFor({ state: 'detached' });
      const token = await sessionTokenOf(page);
      const agenda = await fetchAgenda(hadir.url, eventId, token);
      const original = agenda.event;

      await page.getByTestId('manage-link').click();
      await page.waitForURL(`**/events/${eventId}/manage/agenda`);
      await page.getByTestId('manage-nav-transfer').click();
      await page.waitForURL(`**/events/${eventId}/manage/transfer`);

      // The export is the whole programme, under a name that says which edition it is.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-download').click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${original.slug}-${original.startDate}.json`);
      const path = await download.path();
      const exported = readFileSync(path);
      const json = JSON.parse(exported.toString('utf8')) as { format?: unknown };
      expect(json.format).toBe(EVENT_EXPORT_FORMAT);
      const file = eventExportSchema.parse(json);
      expect(file.sessions).toHaveLength(agenda.sessions.length);
      expect(file.sessions.length).toBeGreaterThan(0);
      expect(file.event.title).toBe(original.title);

      // Something else than an export is refused in the browser, and nothing is sent.
      await chooseFile(page, 'not-an-export.json', Buffer.from('{"hello":"world"}', 'utf8'));
      const fileError = errorUnder(page.getByTestId('event-import-file'));
      await fileError.waitFor();
      expect(await fileError.innerText()).toContain('This is not a Hadir event export');
      expect(await page.getByTestId('event-import-form').count()).toBe(0);
      expect(importPosts).toHaveLength(0);

      await chooseFile(page, download.suggestedFilename(), exported);
      const form = page.getByTestId('event-import-form');
      await form.waitFor();
      expect(await fileError.count()).toBe(0);
      const summary = page.getByTestId('event-import-summary');
      expect(await summary.getByTestId('event-import-summary-title').innerText()).toBe(
        original.title,
      );
      expect(await summary.getByTestId('event-import-summary-counts').innerText()).toBe(
        `${file.sessions.length} sessions · ${file.people.length} people`,
      );
      const title = form.getByTestId('event-import-title');
      const slug = form.getByTestId('event-import-slug');
      const start = form.getByTestId('event-import-start');
      expect(await title.inputValue()).toBe(`${original.title} (copy)`);
      expect(await slug.inputValue()).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-copy$/);
      expect(await form.getByTestId('event-import-people-staff_and_speakers').isChecked()).toBe(
        true,
      );

      await title.fill(NEW_TITLE);
      // The short name follows the title until the organiser writes their own.
      expect(await slug.inputValue()).toBe('women-owned-smis-the-2027-edition');
      await slug.fill(NEW_SLUG);
      await start.fill(NEW_START);
      await expectEventually(async () =>
        (await form.innerText()).includes('The new event runs 13–17 September 2027 (5 days).'),
      );
      await page.screenshot({ path: join(SCREENSHOTS, 'transfer.png'), fullPage: true });
      await form.getByTestId('event-import-submit').click();

      const done = page.getByTestId('event-import-done');
      await done.waitFor();
      expect(await done.innerText()).toContain(`“${NEW_TITLE}” has been created`);
      expect(importPosts).toHaveLength(1);
      // The new event's people are its own, this organiser too: this sign-in still reaches only
      // the event it came from, and the link shown signs in to the new one.
      expect((await fetchEvents(hadir.url, token)).map((event) => event.id)).toEqual([eventId]);
      expect(await page.getByTestId('event-import-link').inputValue()).toMatch(
        new RegExp(`^${hadir.url}/join\\?token=`),
      );
      await page.getByTestId('event-import-open').click();
      await expectEventually(
        async () => (await page.getByTestId('event-title').innerText()) === NEW_TITLE,
      );
      const newToken = await sessionTokenOf(page);
      const events = await fetchEvents(hadir.url, newToken);
      expect(events).toHaveLength(1);
      const [created] = events;
      expect(created).toMatchObject({
        slug: NEW_SLUG,
        title: NEW_TITLE,
        startDate: NEW_START,
        endDate: NEW_END,
        timezone: original.timezone,
      });
      if (!created) throw new Error('The new event is not listed');
      expect(page.url()).toContain(`/events/${created.id}`);
      const firstDay = page.getByTestId(`agenda-day-${NEW_START}`);
      await firstDay.waitFor();
      expect(await firstDay.innerText()).toBe('Mon 13 Sep');
      await page.screenshot({ path: join(SCREENSHOTS, 'transfer-new-event.png') });
      // Staff and speakers came along; the participants stay with their own edition.
      const newPeople = await fetchPeople(hadir.url, created.id, newToken);
      expect(newPeople.length).toBeGreaterThan(0);
      expect(newPeople.length).toBeLessThan(file.people.length);
      expect(newPeople.filter((person) => person.roles.every((r) => r === 'participant'))).toEqual(
        [],
      );
      await expect(fetchPeople(hadir.url, eventId, newToken)).rejects.toThrow('HTTP 403');

      // The same short name again is refused beside its field, and the form keeps what was typed.
      await signInOnDemoPage(page, hadir.url, eventId, organiser);
      await page.goto(`${hadir.url}/events/${eventId}/manage/transfer`);
      await chooseFile(page, download.suggestedFilename(), exported);
      await form.waitFor();
      await title.fill('Another copy');
      await slug.fill(NEW_SLUG);
      await start.fill('2028-09-11');
      await form.getByTestId('event-import-people-all').check();
      await form.getByTestId('event-import-submit').click();
      const slugError = errorUnder(slug);
      await slugError.waitFor();
      expect(await slugError.innerText()).toBe(`Another event already uses "${NEW_SLUG}"`);
      expect(await title.inputValue()).toBe('Another copy');
      expect(await start.inputValue()).toBe('2028-09-11');
      expect(await form.getByTestId('event-import-people-all').isChecked()).toBe(true);
      expect(importPosts).toHaveLength(2);
      expect(await fetchEvents(hadir.url, newToken)).toEqual([created]);
      await page.screenshot({ path: join(SCREENSHOTS, 'transfer-slug-taken.png') });
    }));
});
