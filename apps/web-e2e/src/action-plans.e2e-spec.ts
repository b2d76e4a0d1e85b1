import { type DemoPerson } from '@hadir/contracts';
import { type Browser, type Page } from 'playwright-core';
import { fetchDemoPeople } from './support/api';
import { launchBrowser } from './support/browser';
import { type RunningHadir, startHadir, withServerOutputOnFailure } from './support/hadir';
import { ContextPool, expectEventually, signInOnDemoPage } from './support/ui';

describe('Action plans: a delegation writes together, a facilitator reviews', () => {
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

  async function open(person: DemoPerson, eventId: string, path: string): Promise<Page> {
    const page = await pool.openPage('Asia/Kathmandu');
    await signInOnDemoPage(page, hadir.url, eventId, person);
    await page.goto(`${hadir.url}${path}`);
    return page;
  }

  const section = (page: Page, key: string) =>
    page.locator(`[data-testid="plan-section"][data-key="${key}"]`);

  it('two Nepal members write different sections at once and keep both; the facilitator asks for changes and the revision goes back', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, people } = await fetchDemoPeople(hadir.url);
      const nepal = people.filter(
        (person) => person.country === 'NP' && person.roles.includes('participant'),
      );
      const facilitator = people.find((person) => person.roles.includes('facilitator'));
      const [sita, anita] = nepal;
      if (!sita || !anita || !facilitator) throw new Error('The demo seed lacks someone');

      const first = await open(sita, eventId, `/events/${eventId}/plans`);
      await first.getByTestId('plan-start-delegation').click();
      await first.getByTestId('plan-page').waitFor();
      const planPath = new URL(first.url()).pathname;
      const second = await open(anita, eventId, planPath);
      await second.getByTestId('plan-page').waitFor();

      // At the same moment, each types into a different section.
      const goal = 'Double the online sales of Palpa weavers by 2027';
      const risks = 'Shipping costs and monsoon road closures';
      await Promise.all([
        section(first, 'goal').getByTestId('plan-section-text').pressSequentially(goal),
        section(second, 'risks').getByTestId('plan-section-text').pressSequentially(risks),
      ]);
      for (const page of [first, second]) {
        await expectEventually(async () => {
          const [g, r] = await Promise.all([
            section(page, 'goal').getByTestId('plan-section-text').inputValue(),
            section(page, 'risks').getByTestId('plan-section-text').inputValue(),
          ]);
          return g === goal && r === risks;
        }, 15_000);
        await section(page, 'goal')
          .locator('[data-testid="plan-save-state"][data-state="saved"]')
          .waitFor();
      }
      // A reload reads both from the server.
      await second.reload();
      await expectEventually(
        async () =>
          (await section(second, 'goal').getByTestId('plan-section-text').inputValue()) === goal,
        10_000,
      );

      // Typed and the page reloaded before the autosave: the edit waited on the device.
      const partners = 'Federation of Nepalese Cottage and Small Industries';
      await section(first, 'partners').getByTestId('plan-section-text').fill(partners);
      await first.reload();
      for (const page of [first, second]) {
        await expectEventually(
          async () =>
            (await section(page, 'partners').getByTestId('plan-section-text').inputValue()) ===
            partners,
          15_000,
        );
      }
      await section(first, 'partners')
        .locator('[data-testid="plan-save-state"][data-state="saved"]')
        .waitFor();

      await first.getByTestId('plan-submit').click();
      await first.locator('[data-testid="plan-page"][data-status="submitted"]').waitFor();

      const desk = await open(facilitator, eventId, planPath);
      await section(desk, 'goal')
        .getByTestId('plan-comment-input')
        .fill('Which markets, and how many weavers?');
      await section(desk, 'goal').getByTestId('plan-comment-send').click();
      await desk.getByTestId('plan-request-changes').click();
      await desk.locator('[data-testid="plan-page"][data-status="changes_requested"]').waitFor();

      // The authors see the request and the comment without reloading, revise and send it back.
      await second.getByTestId('plan-changes-requested').waitFor();
      await section(second, 'goal').getByText('Which markets, and how many weavers?').waitFor();
      const goalText = section(second, 'goal').getByTestId('plan-section-text');
      await goalText.focus();
      await goalText.press('Control+End');
      await goalText.pressSequentially(', 60 weavers to Europe');
      await section(second, 'goal')
        .locator('[data-testid="plan-save-state"][data-state="saved"]')
        .waitFor();
      await second.getByTestId('plan-submit').click();
      await desk.locator('[data-testid="plan-page"][data-status="submitted"]').waitFor();
      await desk.getByTestId('plan-show-changes').click();
      await section(desk, 'goal').locator('ins', { hasText: '60 weavers to Europe' }).waitFor();
      // Word by word: the last word of the reviewed text now continues.
      expect(await section(desk, 'goal').locator('del').allTextContents()).toEqual(['2027']);
      expect(await section(desk, 'goal').locator('ins').allTextContents()).toEqual([
        '2027, 60 weavers to Europe',
      ]);
      await desk.getByTestId('plan-accept').click();
      await first.locator('[data-testid="plan-page"][data-status="accepted"]').waitFor();
      // The accepted plan is in the printable bundle, with its sections.
      await desk.goto(`${hadir.url}/events/${eventId}/plans/print`);
      await desk.getByTestId('plan-document').waitFor();
      expect(await desk.getByTestId('plan-document').count()).toBe(1);
      expect(await desk.getByTestId('plan-document').textContent()).toContain(partners);
      expect(
        await first.getByTestId('plan-history').locator('.mantine-Timeline-item').count(),
      ).toBe(5);
    }));
});
