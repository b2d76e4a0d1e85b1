import { type Browser, type BrowserContext } from 'playwright-core';
import { fetchAgenda, fetchDemoPeople, redeemInvitation } from './support/api';
import { launchBrowser } from './support/browser';
import { type RunningHadir, startHadir, withServerOutputOnFailure } from './support/hadir';
import { signInOnDemoPage, UI_TIMEOUT } from './support/ui';

describe('One failing panel of the session page', () => {
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

  it('should show a retry in its own place while Q&A and chat keep working, and recover on retry', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, people } = await fetchDemoPeople(hadir.url);
      const ana = people.find(
        (person) => person.roles.length === 1 && person.attendanceMode === 'remote',
      );
      if (!ana) throw new Error('The demo seed has no remote participant');
      const token = await redeemInvitation(hadir.url, ana.invitationToken);
      const session = (await fetchAgenda(hadir.url, eventId, token)).sessions.find(
        (candidate) => candidate.room !== null,
      );
      // A first visit: no service worker holds the app's files yet.
      const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(UI_TIMEOUT);
      await signInOnDemoPage(page, hadir.url, eventId, ana);

      // A thin link drops the download of the media client's code.
      const mediaCode = '**/assets/MediaPanel-*.js';
      await page.route(mediaCode, (route) => route.abort('connectionreset'));
      await page.goto(`${hadir.url}/events/${eventId}/sessions/${session?.id ?? ''}`);
      const failed = page.getByTestId('panel-media-failed');
      await failed.waitFor();
      expect(await failed.innerText()).toMatch(/audio (and|dan) video/);

      await page.getByTestId('qna-ask-text').fill('Does the media failure leave Q&A working?');
      await page.getByTestId('qna-ask-submit').click();
      await page.getByTestId('qna-ask-sent').waitFor();
      await page.getByTestId('chat-input').fill('Chat still works');
      await page.getByTestId('chat-send').click();
      await page.getByTestId('chat-message').filter({ hasText: 'Chat still works' }).waitFor();

      // The browser keeps the failed download for the page's life: the retry reloads the page,
      // which loses nothing that was sent.
      await page.unroute(mediaCode);
      await failed.getByRole('button').click();
      await page.getByTestId('media-join').waitFor();
      expect(await failed.count()).toBe(0);
      await page.getByTestId('chat-message').filter({ hasText: 'Chat still works' }).waitFor();
    }));
});
