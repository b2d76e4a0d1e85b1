// A module, so that `self` below can be declared as the service worker's scope.
export {};

declare const self: ServiceWorkerGlobalScope;

/**
 * Keeps the app itself on the device, so that a scanner reloaded (or restarted) in a hall whose
 * network has gone still opens. Scans live in IndexedDB, not here; the API and the live socket
 * always go to the network. The build replaces the placeholders (see vite.config.mts).
 *
 * A new release installs beside the old one and waits: the open pages keep the files they were
 * built with until the person accepts the page's "new version" offer, which sends `skip-waiting`.
 */
const CACHE = 'hadir-__HADIR_CACHE_VERSION__';
const PRECACHE = '__HADIR_PRECACHE__' as unknown as string[];
/** Kept by the page that needs them (the scanner's WASM); the same name as in barcodeDetector.ts. */
const ON_DEMAND_CACHE = 'hadir-on-demand';
const ON_DEMAND = '__HADIR_ON_DEMAND__' as unknown as string[];
const APP_SHELL = '/index.html';
/** A page load waits this long for a slow network before opening the copy on the device. */
const NAVIGATION_TIMEOUT_MS = 4000;
const NETWORK_ONLY = /^\/(api|socket\.io)(\/|$)/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'skip-waiting') void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('hadir-') && key !== CACHE && key !== ON_DEMAND_CACHE) {
          await caches.delete(key);
        }
      }
      const onDemand = await caches.open(ON_DEMAND_CACHE);
      for (const request of await onDemand.keys()) {
        if (!ON_DEMAND.includes(new URL(request.url).pathname)) await onDemand.delete(request);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (
    request.method !== 'GET' ||
    url.origin !== self.location.origin ||
    NETWORK_ONLY.test(url.pathname)
  ) {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(navigation(request));
    return;
  }
  event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
});

/** The network's page when it answers in time (it may be a newer release), else the device's. */
async function navigation(request: Request): Promise<Response> {
  const offline = async (): Promise<Response> =>
    (await caches.match(APP_SHELL, { cacheName: CACHE })) ?? Response.error();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slow = new Promise<'slow'>((resolve) => {
    timer = setTimeout(() => resolve('slow'), NAVIGATION_TIMEOUT_MS);
  });
  try {
    const answer = await Promise.race([fetch(request), slow]);
    return answer === 'slow' ? await offline() : answer;
  } catch {
    return offline();
  } finally {
    clearTimeout(timer);
  }
}
