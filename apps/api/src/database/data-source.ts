import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaults as pgDefaults, types as pgTypes } from 'pg';
import type { DataSourceOptions, LogLevel } from 'typeorm';
import type { DatabaseConfig } from '../config/config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

const PG_TIMESTAMP_WITHOUT_TIME_ZONE = 1114;

/**
 * Instants are stored as UTC wall-clock time in both databases (SQLite has no time zone type).
 * node-postgres would otherwise read and write `timestamp` columns in the process's local zone,
 * so two API nodes in different zones would disagree about when a session starts.
 */
function storeInstantsAsUtc(): void {
  pgDefaults.parseInputDatesAsUTC = true;
  pgTypes.setTypeParser(PG_TIMESTAMP_WITHOUT_TIME_ZONE, (value) =>
    value === null ? null : new Date(`${value.replace(' ', 'T')}Z`),
  );
}

export function dataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    // Not 'error': some failed statements are expected (a resent scan meeting its own key) and are
    // handled; what is not handled reaches the exception filter, which logs it with its stack.
    logging: ['warn'] as LogLevel[],
  };
  if (database.kind === 'postgres') {
    storeInstantsAsUtc();
    return { ...common, type: 'postgres', url: database.url };
  }
  mkdirSync(dirname(database.path), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.path,
    // WAL lets readers (reports, agenda) proceed while a live write is committing.
    enableWAL: true,
    timeout: 5000,
  };
}
