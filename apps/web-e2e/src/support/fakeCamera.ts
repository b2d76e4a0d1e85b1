import { writeFileSync } from 'node:fs';
import { create } from 'qrcode';

const WIDTH = 640;
const HEIGHT = 480;
const FRAMES = 10;
const QUIET_MODULES = 4;
/** Studio-range luma: what a camera sees as paper white and ink black. */
const WHITE = 235;
const BLACK = 16;
const NEUTRAL_CHROMA = 128;

/**
 * Writes a Y4M video of a badge's QR code on white paper, for Chromium's
 * `--use-file-for-fake-video-capture`: the fake camera then shows the badge, and the scanner reads
 * it as it would read a real one held up to a phone.
 */
export function writeBadgeVideo(path: string, code: string): void {
  const { modules } = create(code, { errorCorrectionLevel: 'M' });
  const scale = Math.floor((HEIGHT * 0.8) / (modules.size + 2 * QUIET_MODULES));
  const side = modules.size * scale;
  const left = Math.floor((WIDTH - side) / 2);
  const top = Math.floor((HEIGHT - side) / 2);

  const luma = Buffer.alloc(WIDTH * HEIGHT, WHITE);
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (!modules.data[row * modules.size + column]) continue;
      for (let y = 0; y < scale; y += 1) {
        const start = (top + row * scale + y) * WIDTH + left + column * scale;
        luma.fill(BLACK, start, start + scale);
      }
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), NEUTRAL_CHROMA);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: FRAMES }, () => frame)]));
}
