import { type DemoPerson } from '@hadir/contracts';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';

export const UI_TIMEOUT = 15_000;

/** Browser contexts opened by a scenario, closed after each one. */
export class ContextPool {
  private readonly contexts: BrowserContext[] = [];

  constructor(private readonly browser: () => Browser) {}

  async openPage(timezoneId: string): Promise<Page> {
    const context = await this.browser().newContext({
      timezoneId,
      locale: 'en-GB',
      viewport: { width: 1366, height: 900 },
    });
    this.contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT);
    return page;
  }

  /** A phone: small touch screen, in the hall's time zone. */
  async openPhone(): Promise<Page> {
    const context = await this.browser().newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'en-GB',
      timezoneId: 'Asia/Jakarta',
    });
    this.contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT);
    return page;
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.contexts.splice(0).map((context) => context.close()));
  }
}

/** Polls a condition the page reaches asynchronously. */
export async function expectEventually(
  condition: () => Promise<boolean>,
  timeoutMs = UI_TIMEOUT,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
}

export async function sessionTokenOf(page: Page): Promise<string> {
  const token = await page.evaluate(() => window.localStorage.getItem('hadir.sessionToken'));
  if (!token) throw new Error('No session token stored after signing in');
  return token;
}

export const waitUntilConnected = (page: Page) =>
  page.waitForSelector('[data-testid="connection-status"][data-state="connected"]');

/** Signs in the way a visitor of the demo does: the sign-in page's list of people. */
export async function signInOnDemoPage(
  page: Page,
  url: string,
  eventId: string,
  person: DemoPerson,
): Promise<void> {
  await page.goto(`${url}/sign-in`);
  await page.getByTestId('demo-people-search').fill(person.name);
  await page.getByTestId(`demo-person-${person.id}`).first().click();
  await page.waitForURL(`**/events/${eventId}`);
  await waitUntilConnected(page);
}

/** Signs in with the person's invitation link, as someone who received it does. */
export async function joinWithInvitation(
  page: Page,
  url: string,
  eventId: string,
  person: DemoPerson,
): Promise<void> {
  await page.goto(`${url}/join?token=${encodeURIComponent(person.invitationToken)}`);
  await page.waitForURL(`**/events/${eventId}`);
  await waitUntilConnected(page);
}

/** Sets a property on the page's window: still there later only if the page never reloaded. */
export async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { hadirE2eMarker: boolean }).hadirE2eMarker = true;
  });
}

export async function pageWasNotReloaded(page: Page): Promise<boolean> {
  return page.evaluate(
    () => (window as unknown as { hadirE2eMarker?: boolean }).hadirE2eMarker === true,
  );
}
