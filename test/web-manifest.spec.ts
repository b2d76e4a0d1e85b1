import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Phones install the app from its manifest: Android's prompt needs PNG icons of 192 and 512 px
 * (one of them maskable), iOS reads only the apple-touch-icon link. A missing or mis-sized file
 * fails silently on the phone, so it is checked here.
 */
const publicDir = join(__dirname, '../apps/web/public');
const manifest = JSON.parse(readFileSync(join(publicDir, 'manifest.webmanifest'), 'utf8')) as {
  icons: { src: string; sizes: string; type: string; purpose: string }[];
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): string {
  const png = readFileSync(path);
  if (png.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${path} is not a PNG`);
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

describe('the web app manifest', () => {
  it('should offer PNG icons of 192 and 512 px, one maskable, each file of its declared size', () => {
    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((icon) => icon.sizes).sort()).toEqual(['192x192', '512x512', '512x512']);
    expect(pngs.some((icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of pngs) {
      expect({ src: icon.src, size: pngSize(join(publicDir, icon.src)) }).toEqual({
        src: icon.src,
        size: icon.sizes,
      });
    }
  });

  it('should link a 180 px apple-touch-icon from the page', () => {
    const html = readFileSync(join(__dirname, '../apps/web/index.html'), 'utf8');
    const href = /<link rel="apple-touch-icon" href="([^"]+)"/.exec(html)?.[1];
    expect(href).toBeDefined();
    expect(pngSize(join(publicDir, href ?? ''))).toBe('180x180');
  });
});
