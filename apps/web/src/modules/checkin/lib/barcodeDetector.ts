import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

export interface QrDetector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

interface NativeDetectorClass {
  new (options: { formats: string[] }): QrDetector;
  getSupportedFormats(): Promise<string[]>;
}

/** Read by the service worker too (sw/service-worker.ts), which serves what it holds offline. */
const ON_DEMAND_CACHE = 'hadir-on-demand';

/**
 * The WASM is 1 MB, so only a device that scans with it keeps it: from here on, the scanner
 * opens offline too. Without the Cache API (plain http off localhost) it still scans online.
 */
async function keepForOffline(url: string): Promise<void> {
  if (!('caches' in window)) return;
  const cache = await caches.open(ON_DEMAND_CACHE);
  if (!(await cache.match(url))) await cache.add(url);
}

/**
 * The browser's own detector where it reads QR codes (Android, macOS); elsewhere the ZXing port,
 * whose WebAssembly file Hadir serves itself: the library would fetch it from a CDN otherwise,
 * which a hall's network may not reach and an offline scanner certainly cannot.
 */
export async function createQrDetector(): Promise<QrDetector> {
  const native = (window as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
  const formats: string[] = native ? await native.getSupportedFormats().catch(() => []) : [];
  if (native && formats.includes('qr_code')) {
    return new native({ formats: ['qr_code'] });
  }
  keepForOffline(wasmUrl).catch((error: unknown) => {
    console.warn('Hadir could not keep the scanner for offline use', error);
  });
  const { BarcodeDetector, prepareZXingModule } = await import('barcode-detector/ponyfill');
  prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) =>
        path.endsWith('.wasm') ? wasmUrl : prefix + path,
    },
  });
  return new BarcodeDetector({ formats: ['qr_code'] });
}
