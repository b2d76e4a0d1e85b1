import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config/config';
import { dataSourceOptions } from './data-source';

/**
 * `npm run db:generate -- AddThing` writes the migration that brings both databases from the
 * current migrations to the current entities: it migrates a scratch SQLite file and a scratch
 * PostgreSQL database (on the server DATABASE_URL names) and asks TypeORM for the difference.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  const serverUrl = process.env.DATABASE_URL;
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name) || !serverUrl) {
    throw new Error('Usage: DATABASE_URL=postgres://… npm run db:generate -- AddSomething');
  }
  const dir = mkdtempSync(join(tmpdir(), 'hadir-generate-'));
  const database = `hadir_generate_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  try {
    const pgUrl = new URL(serverUrl);
    pgUrl.pathname = `/${database}`;
    const sqlite = await difference({ kind: 'sqlite', path: join(dir, 'scratch.sqlite') });
    const postgres = await difference({ kind: 'postgres', url: pgUrl.toString() });
    if (sqlite.up.length === 0 && postgres.up.length === 0) {
      console.log('The migrations already match the entities: nothing to generate');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const fileName = `${timestamp}-${kebab(name)}`;
    const migrations = join(__dirname, '..', '..', 'src', 'database', 'migrations');
    writeFileSync(join(migrations, `${fileName}.ts`), render(className, { postgres, sqlite }));
    register(join(migrations, 'index.ts'), className, fileName);
    console.log(`Wrote migrations/${fileName}.ts and listed it in migrations/index.ts`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function difference(config: DatabaseConfig): Promise<{ up: string[]; down: string[] }> {
  const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
  try {
    await dataSource.runMigrations();
    const log = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: log.upQueries.map((q) => q.query.trim()),
      down: [...log.downQueries].reverse().map((q) => q.query.trim()),
    };
  } finally {
    await dataSource.destroy();
  }
}

/** Appends the migration to the ordered list in migrations/index.ts. */
function register(indexFile: string, className: string, fileName: string): void {
  const source = readFileSync(indexFile, 'utf8');
  const lastImport = source.lastIndexOf('\nimport ');
  const importEnd = source.indexOf('\n', lastImport + 1);
  const withImport = `${source.slice(0, importEnd + 1)}import { ${className} } from './${fileName}';\n${source.slice(importEnd + 1)}`;
  writeFileSync(
    indexFile,
    withImport.replace(/\];\s*$/, `, ${className}];\n`).replace(/,\s*,/, ','),
  );
}

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const list = (statements: string[]) =>
  statements.map((s) => `      ${JSON.stringify(s)},`).join('\n');

function render(
  className: string,
  sql: Record<'postgres' | 'sqlite', { up: string[]; down: string[] }>,
) {
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from './dialect';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of STATEMENTS[dialectOf(queryRunner)].up) {
      await queryRunner.query(statement);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of STATEMENTS[dialectOf(queryRunner)].down) {
      await queryRunner.query(statement);
    }
  }
}

const STATEMENTS = {
  postgres: {
    up: [
${list(sql.postgres.up)}
    ],
    down: [
${list(sql.postgres.down)}
    ],
  },
  sqlite: {
    up: [
${list(sql.sqlite.up)}
    ],
    down: [
${list(sql.sqlite.down)}
    ],
  },
};
`;
}

main().catch((thrown: unknown) => {
  console.error(thrown instanceof Error ? thrown.message : thrown);
  process.exit(1);
});
