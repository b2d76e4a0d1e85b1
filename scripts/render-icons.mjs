#!/usr/bin/env node
// Renders apps/web/public/icon.svg into the PNG icons that phones want beside it (Android's
// install prompt needs 192 and 512 px PNGs; iOS reads only apple-touch-icon, 180 px, opaque).
// Run after changing icon.svg: node scripts/render-icons.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const publicDir = join(dirname(fileURLToPath(import.meta.url)), '../apps/web/public');
const svg = readFileSync(join(publicDir, 'icon.svg'), 'utf8');
// The maskable and Apple icons are cropped by the system: the background fills the square.
const square = svg.replace(/ rx="\d+"/, '');

const icons = [
  { file: 'icon-192.png', size: 192, svg },
  { file: 'icon-512.png', size: 512, svg },
  { file: 'icon-maskable-512.png', size: 512, svg: square },
  { file: 'apple-touch-icon.png', size: 180, svg: square },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  for (const icon of icons) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    const sized = icon.svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
    await page.setContent(`<body style="margin:0;background:transparent">${sized}</body>`);
    await page.screenshot({ path: join(publicDir, icon.file), omitBackground: true });
    console.log(`${icon.file}: ${icon.size} × ${icon.size}`);
  }
} finally {
  await browser.close();
}
