import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../../../..');

const STARTUP_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;
const ANSI_ESCAPE = /\u001b\[[0-9;]*m/g;

export interface RunningHadir {
  url: string;
  /** The server process: its children are the media workers. */
  pid: number;
  dataDir: string;
  /** Everything the server printed so far, for diagnosing a failure. */
  output(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveExit) => child.once('exit', () => resolveExit()));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolveDelay) => setTimeout(resolveDelay, ms));
}

/** Resolves with the URL from the "Hadir is running at ..." line. */
function announcedUrl(child: ChildProcess, output: string[]): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let pending = '';
    const timer = setTimeout(
      () =>
        reject(
          new Error(`Hadir did not report that it was running within ${STARTUP_TIMEOUT_MS} ms`),
        ),
      STARTUP_TIMEOUT_MS,
    );
    const handleData = (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        // The framework's logger colours its copy of the line; the plain one is on stdout too.
        const match = /Hadir is running at (https?:\/\/\S+)/.exec(line.replace(ANSI_ESCAPE, ''));
        if (match) {
          clearTimeout(timer);
          child.stdout?.off('data', handleData);
          child.off('exit', handleExit);
          resolveUrl(match[1].replace(/\/$/, ''));
          return;
        }
      }
    };
    const handleExit = (code: number | null) => {
      clearTimeout(timer);
      reject(
        new Error(`Hadir exited with code ${code} before it was running:\n${output.join('')}`),
      );
    };
    child.stdout?.on('data', handleData);
    child.once('exit', handleExit);
  });
}

async function waitUntilHealthy(url: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await delay(250);
  }
  throw new Error(`GET ${url}/api/health did not return 200 in time (last: ${last})`);
}

/**
 * Starts the built product the way a newcomer does (`node apps/api/dist/main.js`), on a free port,
 * with a fresh data directory and the embedded database and broker.
 */
export async function startHadir(extraEnv: NodeJS.ProcessEnv = {}): Promise<RunningHadir> {
  const entry = join(REPO_ROOT, 'apps/api/dist/main.js');
  const webIndex = join(REPO_ROOT, 'apps/web/dist/index.html');
  for (const file of [entry, webIndex]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'hadir-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(await freePort()),
    HADIR_DATA_DIR: dataDir,
    // Free ports, so a Hadir already running on this machine does not hold the media ports.
    MEDIA_PORT: '0',
    MEDIA_LISTEN_IP: '127.0.0.1',
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;

  const child = spawn(process.execPath, [entry], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));

  let stopping = false;
  const stop = async () => {
    if (!stopping) {
      stopping = true;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited(child);
      clearTimeout(killer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const url = await announcedUrl(child, output);
    await waitUntilHealthy(url);
    return { url, pid: child.pid ?? 0, dataDir, output: () => output.join(''), stop };
  } catch (error) {
    await stop();
    process.stderr.write(`--- Hadir output ---\n${output.join('')}\n--- end of Hadir output ---\n`);
    throw error;
  }
}

/** Runs a scenario and, only if it fails, shows what the server printed meanwhile. */
export async function withServerOutputOnFailure(
  hadir: RunningHadir,
  scenario: () => Promise<void>,
): Promise<void> {
  try {
    await scenario();
  } catch (error) {
    process.stderr.write(`--- Hadir output ---\n${hadir.output()}\n--- end of Hadir output ---\n`);
    throw error;
  }
}
