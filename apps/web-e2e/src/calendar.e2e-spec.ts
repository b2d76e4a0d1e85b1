import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { type Browser } from 'playwright-core';
import { fetchAgenda, fetchDemoPeople } from './support/api';
import { launchBrowser } from './support/browser';
import { type RunningHadir, startHadir, withServerOutputOnFailure } from './support/hadir';
import { ContextPool, sessionTokenOf, signInOnDemoPage } from './support/ui';

const uidsOf = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics) as unknown[])
    .getAllSubcomponents('vevent')
    .map((vevent) => String(vevent.getFirstPropertyValue('uid')));

describe('The programme in a participant’s own calendar', () => {
  let hadir: RunningHadir;
  let browser: Browser;
  const pool = new ContextPool(() => browser);

  beforeAll(async () => {
    hadir = await startHadir();
    browser = await launchBrowser();
  });

  afterEach(() => pool.closeAll());

  afterAll(async () => {
    await browser?.close();
    await hadir?.stop();
  });

  it('should give a participant a calendar link of the whole programme, and a session as a file, and turn the link off', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, people } = await fetchDemoPeople(hadir.url);
      const participant = people.find((p) => p.roles.length === 1 && p.roles[0] === 'participant');
      if (!participant) throw new Error('The demo seed has no participant');
      const page = await pool.openPage('Asia/Manila');
      await signInOnDemoPage(page, hadir.url, eventId, participant);
      const agenda = await fetchAgenda(hadir.url, eventId, await sessionTokenOf(page));
      const session = agenda.sessions[0];
      if (!session) throw new Error('The demo agenda is empty');

      await page.goto(`${hadir.url}/events/${eventId}/sessions/${session.id}`);
      const download = page.waitForEvent('download');
      await page.getByTestId('add-to-calendar').click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('session.ics');
      expect(uidsOf(readFileSync(await file.path(), 'utf8'))).toEqual([`${session.id}@hadir`]);

      await page.goto(`${hadir.url}/events/${eventId}`);
      await page.getByTestId('calendar-link-home').click();
      await page.waitForURL('**/profile#calendar');
      await page.getByTestId('calendar-create').click();
      const link = await page.getByTestId('calendar-link').inputValue();
      expect(await page.getByTestId('calendar-open').getAttribute('href')).toBe(
        link.replace(/^http:/, 'webcal:'),
      );
      const feed = await page.request.get(link);
      expect(feed.status()).toBe(200);
      expect(uidsOf(await feed.text())).toEqual(agenda.sessions.map((s) => `${s.id}@hadir`));

      await page.getByTestId('calendar-turn-off').click();
      await page.getByTestId('calendar-create').waitFor();
      expect((await page.request.get(link)).status()).toBe(404);
    }));
});
