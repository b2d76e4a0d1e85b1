import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** Where `nx serve api` / `node apps/api/dist/main.js` listens during development. */
const apiTarget = 'http://localhost:3000';

/** Files in `public/` the app needs offline too; everything built is added by itself. */
const PUBLIC_OFFLINE = ['/manifest.webmanifest', '/icon.svg'];

/**
 * Files only some devices need, left out of what every device downloads on install: the
 * scanner's WASM (1 MB) is kept by the scanner itself when it first needs it (barcodeDetector.ts).
 */
const ON_DEMAND = /\.wasm$/;

/**
 * Builds the service worker (`sw/service-worker.ts`) as `sw.js` at the site's root, where its
 * scope covers the whole app, and writes into it the list of every file of this build: a device
 * that loaded the app once can then open it again without a network.
 */
function serviceWorker(): Plugin {
  let referenceId = '';
  return {
    name: 'hadir:service-worker',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      referenceId = this.emitFile({
        type: 'chunk',
        id: `${webRoot}sw/service-worker.ts`,
        fileName: 'sw.js',
      });
    },
    generateBundle(_options, bundle) {
      const worker = bundle[this.getFileName(referenceId)];
      if (worker?.type !== 'chunk') throw new Error('The service worker was not built');
      const files = Object.keys(bundle)
        .filter((file) => file !== worker.fileName && !file.endsWith('.map'))
        .map((file) => `/${file}`);
      const onDemand = files.filter((file) => ON_DEMAND.test(file)).sort();
      const precache = [
        ...new Set([
          '/index.html',
          ...files.filter((file) => !ON_DEMAND.test(file)),
          ...PUBLIC_OFFLINE,
        ]),
      ].sort();
      const version = createHash('sha256').update(precache.join('\n')).digest('hex').slice(0, 16);
      worker.code = worker.code
        .replace(/(["'`])__HADIR_PRECACHE__\1/g, JSON.stringify(precache))
        .replace(/(["'`])__HADIR_ON_DEMAND__\1/g, JSON.stringify(onDemand))
        .replaceAll('__HADIR_CACHE_VERSION__', version);
    },
  };
}

/** What gains from compression; images other than SVG and fonts are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|wasm|txt)$/;

/**
 * Writes a gzip and a brotli copy beside every compressible file, at the strongest settings: done
 * once per build, they cost the server nothing per request, and nginx (`gzip_static`,
 * `brotli_static`) and the API's embedded server send them to browsers that accept them.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'hadir:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' });
      for (const file of files.filter((name) => COMPRESSIBLE.test(name))) {
        if (file.startsWith('.vite')) continue;
        const path = join(outDir, file);
        const content = readFileSync(path);
        if (content.length < 1024) continue;
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(content, {
            params: {
              [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
              [zlib.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
      }
    },
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [react(), serviceWorker(), precompress()],
  resolve: {
    alias: {
      '@hadir/contracts': `${repoRoot}libs/contracts/src/index.ts`,
      '@hadir/domain': `${repoRoot}libs/domain/src/index.ts`,
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/api': apiTarget,
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
  build: {
    outDir: `${webRoot}dist`,
    emptyOutDir: true,
    // Which files each page needs: `npm run bench:web` reads it to weigh every page's first load.
    manifest: true,
    rolldownOptions: {
      output: {
        // React changes far less often than the app, so as a file of its own it stays cached across
        // releases: phones on the hall's Wi-Fi download only what changed. Every other library,
        // Mantine included, goes with the pages that import it, split by what they share: the
        // sign-in page then loads 28 KB of Mantine's components instead of all 90 KB the app uses.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
              priority: 2,
            },
            // zod with the module that turns its eval off: evaluated together, before any schema
            // is built (see zodWithoutEval.ts).
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|zodWithoutEval/, priority: 2 },
          ],
        },
      },
    },
  },
});
