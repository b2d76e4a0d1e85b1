#!/usr/bin/env node
// Gives the installed mediasoup a worker binary, and prints its path.
//
// mediasoup's own postinstall (disabled in package.json's allowScripts) downloads a prebuilt
// worker from GitHub and, failing that, builds one with meson subprojects that are downloaded
// too. Here it is, in order:
//   1. MEDIASOUP_WORKER_BIN, when set: mediasoup uses it as is;
//   2. this machine's cache of a worker built for this mediasoup version;
//   3. a worker already in node_modules/mediasoup (an earlier run put it there);
//   4. with internet, once mediasoup is installed: its own prebuilt download;
//   5. without: build.sh beside this file builds it from the sources in the npm package against
//      Debian's libraries (about 5 minutes, once per machine and version).
// Cases 2 and 5 copy the cached worker where mediasoup looks by default, so that nothing else
// needs MEDIASOUP_WORKER_BIN. With --optional (npm ci's postinstall) a failure is a warning: the
// rest of Hadir installs and runs, with live audio and video off until this succeeds.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const mediasoupDir = join(root, 'node_modules/mediasoup');
const log = (message) => process.stderr.write(`[mediasoup-worker] ${message}\n`);

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function reachable(url) {
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
    return response.status < 500;
  } catch {
    return false;
  }
}

/** A copy, not a link: a container image copies node_modules without this machine's cache. */
function copyToDefault(worker, defaultPath) {
  mkdirSync(dirname(defaultPath), { recursive: true });
  rmSync(defaultPath, { force: true });
  copyFileSync(worker, defaultPath, constants.COPYFILE_FICLONE);
}

/** From the lockfile, so that CI can build the worker before `npm ci` installs anything. */
function mediasoupVersion() {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const version = lock.packages?.['node_modules/mediasoup']?.version;
  if (!version) throw new Error('package-lock.json does not list mediasoup');
  return version;
}

async function ensure() {
  const version = mediasoupVersion();
  const installed = existsSync(join(mediasoupDir, 'package.json'));
  const defaultPath = join(mediasoupDir, 'worker/out/Release/mediasoup-worker');

  const fromEnv = process.env.MEDIASOUP_WORKER_BIN;
  if (fromEnv) {
    if (!executable(fromEnv)) throw new Error(`MEDIASOUP_WORKER_BIN=${fromEnv} is not executable`);
    return fromEnv;
  }

  const cacheRoot = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const cacheDir = join(cacheRoot, 'hadir/mediasoup-worker', version);
  const cached = join(cacheDir, 'mediasoup-worker');
  if (!executable(cached) && executable(defaultPath)) return defaultPath;

  if (!executable(cached)) {
    if (installed && (await reachable('https://github.com/versatica/mediasoup/releases'))) {
      log(`fetching mediasoup ${version}'s prebuilt worker`);
      execFileSync(process.execPath, ['npm-scripts.mjs', 'postinstall'], {
        cwd: mediasoupDir,
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      if (executable(defaultPath)) return defaultPath;
    }
    log(`building mediasoup ${version}'s worker from its sources (once per machine, ~5 min)`);
    const build = spawnSync('bash', [join(here, 'build.sh')], {
      env: { ...process.env, MS_VERSION: version, CACHE: cacheDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (build.status !== 0 || !executable(cached)) {
      throw new Error(`building the worker failed (exit ${build.status}); see the lines above`);
    }
  }
  if (installed) copyToDefault(cached, defaultPath);
  return cached;
}

try {
  console.log(await ensure());
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  if (process.argv.includes('--optional')) {
    log('live audio and video stay off until `npm run media:worker` succeeds');
  } else {
    process.exit(1);
  }
}
