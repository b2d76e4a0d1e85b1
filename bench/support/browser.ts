import { type Browser, chromium } from 'playwright-core';

/** The system Chromium (CHROMIUM_PATH to use another), headless, without background traffic. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', ...extraArgs],
  });
}
