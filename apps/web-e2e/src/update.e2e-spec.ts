import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { type Browser, type Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import {
  REPO_ROOT,
  type RunningHadir,
  startHadir,
  withServerOutputOnFailure,
} from './support/hadir';
import { expectEventually, markPage, pageWasNotReloaded, UI_TIMEOUT } from './support/ui';

/** Every cache of the app on the device, with the paths it holds. */
function cachedFiles(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const all: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      all[name] = requests.map((request) => new URL(request.url).pathname);
    }
    return all;
  });
}

const releases = (files: Record<string, string[]>) =>
  Object.keys(files)
    .filter((name) => name !== 'hadir-on-demand')
    .sort();

/** A new release of the service worker, as a deployment would put it on the server. */
function release(dist: string, from: string, to: string): void {
  const path = join(dist, 'sw.js');
  const worker = readFileSync(path, 'utf8').replaceAll(from, to);
  writeFileSync(path, worker);
  writeFileSync(`${path}.gz`, gzipSync(worker));
  writeFileSync(`${path}.br`, brotliCompressSync(worker));
}

describe('A new release of the web app', () => {
  let hadir: RunningHadir;
  let browser: Browser;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'hadir-web-'));
    cpSync(join(REPO_ROOT, 'apps/web/dist'), dist, { recursive: true });
    hadir = await startHadir({ HADIR_WEB_DIST: dist });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await hadir?.stop();
    rmSync(dist, { recursive: true, force: true });
  });

  it('should wait beside the open page, offer a reload, and only then replace the old copy; the scanner’s WASM stays off devices that never scan', () =>
    withServerOutputOnFailure(hadir, async () => {
      const context = await browser.newContext({ locale: 'en-GB' });
      const page = await context.newPage();
      page.setDefaultTimeout(UI_TIMEOUT);
      await page.goto(`${hadir.url}/sign-in`);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

      const installed = await cachedFiles(page);
      const [first] = releases(installed);
      if (!first) throw new Error('The service worker cached nothing');
      const files = Object.values(installed).flat();
      expect(files).toContain('/index.html');
      expect(files.some((file) => file.endsWith('.js'))).toBe(true);
      expect(files.filter((file) => file.endsWith('.wasm'))).toEqual([]);

      await markPage(page);
      const next = 'hadir-0123456789abcdef';
      release(dist, first, next);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });

      const offer = page.getByTestId('update-ready');
      await offer.waitFor();
      expect(await offer.innerText()).toContain('A new version of Hadir is ready.');
      // Nothing is taken from under the open page: both releases are on the device meanwhile.
      await expectEventually(async () => releases(await cachedFiles(page)).length === 2);
      expect(releases(await cachedFiles(page))).toEqual([first, next].sort());
      expect(await pageWasNotReloaded(page)).toBe(true);

      const reloaded = page.waitForEvent('load');
      await offer.getByRole('button', { name: 'Reload' }).click();
      await reloaded;
      expect(await pageWasNotReloaded(page)).toBe(false);
      await page.getByTestId('language-switch').waitFor();
      await expectEventually(async () => releases(await cachedFiles(page)).join() === next);
      expect(await offer.count()).toBe(0);
      await context.close();
    }));
});
