/**
 * npm run bench:web — what a phone downloads to open each page: the JavaScript and CSS of the
 * page's first load, gzipped at level 9, read from the built app (index.html and Vite's
 * manifest). A page's first load is the entry with what it preloads, plus the page's own chunk
 * and every chunk it imports statically; what a page imports on use (a dynamic import) is not
 * counted. Pages over their budget (issue 16) are listed and the run fails.
 *
 * The budgets are below what React, its router, Mantine, zod and i18next weigh together (see
 * docs/benchmarks.md), so CI checks the ceilings instead: each page's first load as last recorded
 * plus 2 %, so that a page cannot grow unnoticed while the budgets are out of reach.
 * Options: --dist=apps/web/dist; --baseline=DIR, another build weighed the same way beside it;
 * --ceilings, fail only on a page over its ceiling (what CI runs); --record-ceilings, write
 * today's weights plus 2 % as the new ceilings (after a change that makes pages lighter).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const REPO = resolve(__dirname, '../..');
const CEILINGS_FILE = join(REPO, 'bench/web-ceilings.json');
const CEILING_MARGIN = 1.02;

/** Gzipped bytes of script a page may need before it is usable. */
const BUDGETS: Record<string, number> = {
  SignInPage: 150_000,
  EventHomePage: 150_000,
  SessionPage: 200_000,
  CheckInPage: 200_000,
};

interface ManifestChunk {
  file: string;
  src?: string;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}

interface Weight {
  js: number;
  jsGzip: number;
  css: number;
  cssGzip: number;
}

const option = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

function weigh(dist: string, files: Iterable<string>): Weight {
  const weight: Weight = { js: 0, jsGzip: 0, css: 0, cssGzip: 0 };
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    const gzip = gzipSync(bytes, { level: 9 }).length;
    if (file.endsWith('.css')) {
      weight.css += bytes.length;
      weight.cssGzip += gzip;
    } else {
      weight.js += bytes.length;
      weight.jsGzip += gzip;
    }
  }
  return weight;
}

/** Each page's first load in one build, by page name; `*` when every page loads the same. */
function firstLoads(dist: string): Map<string, Weight> {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const eager = new Set(
    [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? ''),
  );
  const manifestFile = join(dist, '.vite/manifest.json');
  const loads = new Map<string, Weight>();
  if (!existsSync(manifestFile)) {
    loads.set('*', weigh(dist, eager));
    return loads;
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  const closure = (key: string, into: Set<string>) => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) return;
    into.add(chunk.file);
    for (const css of chunk.css ?? []) into.add(css);
    for (const imported of chunk.imports ?? []) closure(imported, into);
  };
  for (const [key, chunk] of Object.entries(manifest)) {
    const page = /^src\/pages\/(\w+)\.tsx$/.exec(chunk.src ?? '')?.[1];
    if (!page || !chunk.isDynamicEntry) continue;
    const files = new Set(eager);
    closure(key, files);
    loads.set(page, weigh(dist, files));
  }
  return loads;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

function main(): void {
  const dist = resolve(REPO, option('dist') ?? 'apps/web/dist');
  const baselineDir = option('baseline');
  const loads = firstLoads(dist);
  const baseline = baselineDir ? firstLoads(resolve(REPO, baselineDir)) : null;
  const before = (page: string) => baseline?.get(page) ?? baseline?.get('*');

  const ceilingsOnly = process.argv.includes('--ceilings');
  const ceilings = JSON.parse(readFileSync(CEILINGS_FILE, 'utf8')) as Record<string, number>;

  console.log('bench:web — first load of each page, gzip -9 (raw in brackets)');
  const over: string[] = [];
  const grown: string[] = [];
  for (const [page, weight] of [...loads].sort(([a], [b]) => a.localeCompare(b))) {
    const budget = BUDGETS[page];
    const ceiling = ceilings[page];
    const was = before(page);
    const ratio = was ? ` ${(weight.jsGzip / was.jsGzip).toFixed(2)}x of ${kb(was.jsGzip)}` : '';
    let verdict =
      budget === undefined ? '' : weight.jsGzip <= budget ? ' ok' : ` OVER ${kb(budget)}`;
    if (budget !== undefined && weight.jsGzip > budget) over.push(page);
    if (ceiling === undefined || weight.jsGzip > ceiling) {
      grown.push(page);
      verdict += ceiling === undefined ? ' NO CEILING' : ` ABOVE CEILING ${kb(ceiling)}`;
    }
    console.log(
      `  ${page.padEnd(24)} JS ${kb(weight.jsGzip).padStart(9)} (${kb(weight.js)})  CSS ${kb(weight.cssGzip)}${ratio}${verdict}`,
    );
  }
  const out = join(REPO, 'dist/bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'web.json'),
    JSON.stringify(
      {
        command: 'npm run bench:web',
        date: new Date().toISOString(),
        budgets: BUDGETS,
        pages: Object.fromEntries(loads),
        baseline: baseline ? Object.fromEntries(baseline) : null,
      },
      null,
      2,
    ),
  );
  if (process.argv.includes('--record-ceilings')) {
    const recorded = [...loads]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([page, weight]) => [page, Math.ceil(weight.jsGzip * CEILING_MARGIN)]);
    writeFileSync(CEILINGS_FILE, `${JSON.stringify(Object.fromEntries(recorded), null, 2)}\n`);
    console.log(`Ceilings recorded in ${CEILINGS_FILE}`);
    return;
  }
  if (grown.length > 0) {
    console.error(
      `Heavier than recorded (or new, without a ceiling in bench/web-ceilings.json): ${grown.join(', ')}`,
    );
    process.exit(1);
  }
  if (over.length > 0 && !ceilingsOnly) {
    console.error(`Over budget: ${over.join(', ')}`);
    process.exit(1);
  }
}

main();
