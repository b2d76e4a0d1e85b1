import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadDatabaseConfig } from '../config/config';
import { dataSourceOptions } from './data-source';

/**
 * `npm run db:migrate` applies pending migrations; `npm run db:migrate -- --revert` undoes the
 * last one. Run once per deploy, before the API nodes start.
 */
async function main(): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(loadDatabaseConfig())).initialize();
  try {
    if (process.argv.includes('--revert')) {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration');
    } else {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(
        applied.length === 0
          ? 'The database is up to date'
          : `Applied ${applied.map((m) => m.name).join(', ')}`,
      );
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((thrown: unknown) => {
  console.error(thrown instanceof ConfigError ? thrown.message : thrown);
  process.exit(1);
});
