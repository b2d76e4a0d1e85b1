import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DatabaseConfig } from '../../src/config/config';

export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

export interface DatabaseUnderTest {
  kind: DatabaseConfig['kind'];
  create(): Promise<TestDatabase>;
}

/**
 * SQLite always; PostgreSQL whenever DATABASE_URL names a server. CI sets it, so a missing
 * server there fails the run instead of quietly testing one driver.
 */
export function databasesUnderTest(): DatabaseUnderTest[] {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl && process.env.CI) {
    throw new Error('CI must set DATABASE_URL so that the PostgreSQL tests run');
  }
  const sqlite: DatabaseUnderTest = {
    kind: 'sqlite',
    create: () => Promise.resolve(createSqlite()),
  };
  return serverUrl
    ? [sqlite, { kind: 'postgres', create: () => createPostgres(serverUrl) }]
    : [sqlite];
}

function createSqlite(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'hadir-test-'));
  return {
    config: { kind: 'sqlite', path: join(dir, 'hadir.sqlite') },
    drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  };
}

/** A database of its own per test file, so parallel Jest workers never share tables. */
async function createPostgres(serverUrl: string): Promise<TestDatabase> {
  const name = `hadir_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString() },
    drop: async () => {
      await withAdmin(serverUrl, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
}

async function withAdmin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
