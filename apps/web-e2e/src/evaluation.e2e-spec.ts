import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type Browser } from 'playwright-core';
import { fetchAgenda, fetchDemoPeople } from './support/api';
import { launchBrowser } from './support/browser';
import { type RunningHadir, startHadir, withServerOutputOnFailure } from './support/hadir';
import { ContextPool, expectEventually, sessionTokenOf, signInOnDemoPage } from './support/ui';

describe('The programme evaluation', () => {
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

  const phone = () => pool.openPhone();

  it('should let a participant answer an anonymous evaluation on a phone while the organiser watches the results change', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, people } = await fetchDemoPeople(hadir.url);
      const organiser = people.find((p) => p.roles.includes('organiser'));
      const participant = people.find((p) => p.roles.length === 1 && p.roles[0] === 'participant');
      if (!organiser || !participant) throw new Error('The demo seed lacks someone');

      const desk = await pool.openPage('Asia/Jakarta');
      await signInOnDemoPage(desk, hadir.url, eventId, organiser);
      await desk.goto(`${hadir.url}/events/${eventId}/manage/evaluation`);
      const editor = desk.getByTestId('evaluation-editor-programme');
      expect(await editor.getByTestId('evaluation-anonymous').isChecked()).toBe(true);
      await editor.getByTestId('evaluation-save').click();
      await editor.getByTestId('evaluation-saved').waitFor();
      await editor.getByTestId('evaluation-open').click();
      await editor.getByTestId('evaluation-close').waitFor();
      const results = desk.getByTestId('evaluation-results-programme');
      await results.waitFor();
      expect(await results.getAttribute('data-responses')).toBe('0');

      const page = await phone();
      await signInOnDemoPage(page, hadir.url, eventId, participant);
      const card = page.getByTestId('evaluation-requests');
      await card.waitFor();
      expect(await card.getByTestId('evaluation-waiting').textContent()).toBe('1 to answer');
      const form = card.getByTestId('feedback-form');
      await form.getByTestId('feedback-anonymous').waitFor();

      await form.getByTestId('feedback-submit').tap();
      await form.getByText('Please answer this question').waitFor();
      const text = 'Cold-chain financing for small exporters';
      await form.getByTestId('feedback-text').fill(text);
      // A finger taps the star, drawn by the label; the radio itself is hidden.
      const fourStars = form
        .getByTestId('feedback-rating')
        .first()
        .getByRole('radio', { name: '4' });
      await form.locator(`label[for="${await fourStars.getAttribute('id')}"]`).tap();
      expect(await fourStars.isChecked()).toBe(true);
      await form.getByTestId('feedback-submit').tap();
      await card.getByTestId('feedback-thanks').waitFor();
      expect(await card.getByTestId('evaluation-waiting').textContent()).toBe('0 to answer');

      await expectEventually(async () => (await results.getAttribute('data-responses')) === '1');
      // The demo organiser reads Hadir in Indonesian: "Rata-rata 4 / 5".
      expect(await results.getByTestId('evaluation-average').first().textContent()).toMatch(
        / 4 \/ 5$/,
      );
      expect(
        await results
          .getByTestId('evaluation-count')
          .and(desk.locator('[data-stars="4"]'))
          .first()
          .textContent(),
      ).toBe('1');
      await results.getByTestId('evaluation-text').getByText(text).waitFor();
      expect(await results.getByTestId('evaluation-text').textContent()).not.toContain(
        participant.name,
      );

      const database = new Database(join(hadir.dataDir, 'hadir.sqlite'), { readonly: true });
      try {
        const stored = database
          .prepare('SELECT person_id, submitted_at, "values" FROM evaluation_answers')
          .all() as { person_id: string | null; submitted_at: string | null; values: string }[];
        expect(stored).toHaveLength(1);
        expect(stored[0]?.person_id).toBeNull();
        expect(stored[0]?.submitted_at).toBeNull();
        expect(stored[0]?.values).toContain(text);
        expect(JSON.stringify(stored)).not.toContain(participant.id);
      } finally {
        database.close();
      }

      await page.reload();
      await page.getByTestId('evaluation-requests').getByTestId('evaluation-request').tap();
      await page.getByTestId('feedback-thanks').waitFor();
    }));

  it("should ask for a session's feedback on its page once it has ended, named, into the organiser's table", () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, people } = await fetchDemoPeople(hadir.url);
      const organiser = people.find((p) => p.roles.includes('organiser'));
      const participant = people.filter((p) => p.roles.join() === 'participant')[1];
      if (!organiser || !participant) throw new Error('The demo seed lacks someone');

      const desk = await pool.openPage('Asia/Jakarta');
      await signInOnDemoPage(desk, hadir.url, eventId, organiser);
      const agenda = await fetchAgenda(hadir.url, eventId, await sessionTokenOf(desk));
      const ended = agenda.sessions.filter(
        (s) => s.kind !== 'break' && Date.parse(s.endsAt) < Date.now(),
      )[0];
      if (!ended) throw new Error('The demo programme has no ended session');
      await desk.goto(`${hadir.url}/events/${eventId}/manage/evaluation`);
      const editor = desk.getByTestId('evaluation-editor-session');
      expect(await editor.getByTestId('evaluation-anonymous').isChecked()).toBe(false);
      await editor.getByTestId('evaluation-save').click();
      await editor.getByTestId('evaluation-open').click();
      const table = desk.getByTestId('evaluation-by-session');
      await table.waitFor();

      const page = await phone();
      await signInOnDemoPage(page, hadir.url, eventId, participant);
      await page.goto(`${hadir.url}/events/${eventId}/sessions/${ended.id}`);
      const card = page.getByTestId('session-feedback');
      const stars = card.getByTestId('feedback-rating').first().getByRole('radio', { name: '2' });
      await card.locator(`label[for="${await stars.getAttribute('id')}"]`).tap();
      await card.getByTestId('feedback-submit').tap();
      await card.getByTestId('feedback-thanks').waitFor();

      const row = table.getByRole('row').filter({ hasText: ended.title });
      await expectEventually(async () => (await row.textContent())?.includes('1 / 0') ?? false);
      expect(await row.getByRole('cell').nth(2).textContent()).toBe('2');
    }));
});
