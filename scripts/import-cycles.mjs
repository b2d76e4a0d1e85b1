#!/usr/bin/env node
// Counts the import cycles between the top-level folders of a source tree (the API's features, the
// web app's modules): `node scripts/import-cycles.mjs apps/api/src [--max=N]`, failing when there
// are more than N. `npm run lint` holds each tree at what it has reached, so that none comes back.
// Specs are left out: they may reach across freely. Type-only imports are too, as import/no-cycle
// leaves them: they are erased at build, so they order no module's loading (an entity names
// another module's entity in a relation by its name and imports only its type).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

const root = normalize(process.argv[2] ?? 'apps/api/src');
const max = Number(/^--max=(\d+)$/.exec(process.argv[3] ?? '')?.[1] ?? Infinity);
const edges = new Map();

const folderOf = (path) => {
  const first = relative(root, path).split(sep)[0];
  const full = join(root, first);
  return statSync(full, { throwIfNoEntry: false })?.isDirectory() ? first : '(root)';
};

for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
  if (!/\.tsx?$/.test(file) || /\.spec\.tsx?$/.test(file)) continue;
  const path = join(root, file);
  const from = folderOf(path);
  for (const [, typeOnly, spec] of readFileSync(path, 'utf8').matchAll(
    /^(?:import|export)\s+(type\s+)?[^;]*?from '(\.[^']+)'/gms,
  )) {
    if (typeOnly) continue;
    const target = normalize(join(dirname(path), spec));
    if (relative(root, target).startsWith('..')) continue;
    const to = folderOf(target);
    if (to === from) continue;
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from).add(to);
  }
}

// Every elementary cycle once, found from its first folder in alphabetical order.
const folders = [
  ...new Set([...edges.keys(), ...[...edges.values()].flatMap((to) => [...to])]),
].sort();
const cycles = [];
const walk = (start, at, path) => {
  for (const next of edges.get(at) ?? []) {
    if (next === start) cycles.push([...path]);
    else if (next > start && !path.includes(next)) walk(start, next, [...path, next]);
  }
};
for (const folder of folders) walk(folder, folder, [folder]);

console.log(`${root}: ${folders.length} folders, ${cycles.length} import cycles between them`);
for (const cycle of cycles) console.log(`  ${[...cycle, cycle[0]].join(' -> ')}`);
if (cycles.length > max) {
  console.error(`More than ${max}: an import above made a folder depend on one that depends on it`);
  process.exitCode = 1;
}
