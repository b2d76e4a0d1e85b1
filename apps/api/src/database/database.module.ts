import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { dataSourceOptions } from './data-source';

const logger = new Logger('Database');

@Module({})
export class DatabaseModule {
  /**
   * Embedded mode migrates on start: there is no operator to run a separate step. A shared
   * database is migrated once by `npm run db:migrate` (several nodes must not race to do it), and
   * a node that finds it behind refuses to start rather than serve a schema it does not know.
   */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(config.database),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options as never).initialize();
            if (config.migrateOnStart) {
              const applied = await dataSource.runMigrations({ transaction: 'each' });
              if (applied.length > 0) logger.log(`Applied ${applied.length} migration(s)`);
            } else if (await dataSource.showMigrations()) {
              await dataSource.destroy();
              throw new Error(
                'The database schema is behind this version: run `npm run db:migrate` first',
              );
            }
            return dataSource;
          },
        }),
      ],
    };
  }
}
