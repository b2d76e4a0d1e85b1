import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export interface BenchServer {
  url: string;
  databaseUrl: string;
  process: ChildProcess;
  /** The last of what the API printed, for explaining a failed run. */
  outputTail(): string;
  stop(): Promise<void>;
}

/**
 * The built API in a process of its own, on a fresh PostgreSQL database of the server DATABASE_URL
 * names, seeded with the demo programme: the load and the server do not share an event loop.
 */
export async function startServer(
  port: number,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<BenchServer> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('Set DATABASE_URL to a PostgreSQL server (postgres://…)');
  const name = `hadir_bench_${randomBytes(4).toString('hex')}`;
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'hadir-bench-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url.toString(),
    PORT: String(port),
    HADIR_DATA_DIR: dataDir,
    HADIR_SECRET: randomBytes(32).toString('hex'),
    HADIR_DEMO: 'true',
    HADIR_MIGRATE_ON_START: 'true',
    LOG_FORMAT: 'json',
    // Thousands of sign-ins from the load generator's one address are the load, not an attack.
    RATE_LIMITS: 'off',
    ...extraEnv,
  };
  // One node, in-process fan-out: what is measured is the check-in path, not Redis.
  delete env.REDIS_URL;
  // HADIR_BENCH_PROFILE=dir writes a CPU profile of the API process there, for finding hot spots.
  const profile = process.env.HADIR_BENCH_PROFILE;
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const child = spawn(process.execPath, [...flags, 'apps/api/dist/main.js'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Hadir is running at')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`The API exited (${code}):\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    databaseUrl: url.toString(),
    process: child,
    outputTail: () => output.slice(-4000),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      await admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
