import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { databasesUnderTest, type TestDatabase } from '../support/databases';

describe.each(databasesUnderTest())('database schema on $kind', ({ create }) => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await create();
    dataSource = await new DataSource(dataSourceOptions(database.config)).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const pendingSchemaChanges = async () =>
    (await dataSource.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);

  it('should produce exactly the schema the entities describe after migrating', async () => {
    await dataSource.runMigrations({ transaction: 'each' });
    await expect(pendingSchemaChanges()).resolves.toEqual([]);
  });

  it('should migrate down to an empty database and up again', async () => {
    while ((await executedCount()) > 0) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    await expect(existingEntityTables()).resolves.toEqual([]);

    await dataSource.runMigrations({ transaction: 'each' });
    await expect(pendingSchemaChanges()).resolves.toEqual([]);
  });

  it('should read back an instant exactly as it was written', async () => {
    const startsAt = new Date('2021-09-13T01:30:00.000Z');
    await dataSource.query(
      `INSERT INTO events (id, slug, title, timezone, start_date, end_date, created_at)
       VALUES ('00000000-0000-4000-8000-000000000001', 'x', 'x', 'Asia/Jakarta', '2021-09-13', '2021-09-17', '2021-09-01 00:00:00')`,
    );
    const repo = dataSource.getRepository('SessionEntity');
    await repo.insert({
      id: '00000000-0000-4000-8000-000000000002',
      eventId: '00000000-0000-4000-8000-000000000001',
      title: 'Opening',
      kind: 'plenary',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      room: 'Main Hall',
    });
    const row = (await repo.findOneByOrFail({ id: '00000000-0000-4000-8000-000000000002' })) as {
      startsAt: Date;
    };
    expect(row.startsAt.toISOString()).toBe(startsAt.toISOString());
  });

  async function existingEntityTables(): Promise<string[]> {
    const queryRunner = dataSource.createQueryRunner();
    try {
      const present: string[] = [];
      for (const { tableName } of dataSource.entityMetadatas) {
        if (await queryRunner.hasTable(tableName)) present.push(tableName);
      }
      return present;
    } finally {
      await queryRunner.release();
    }
  }

  async function executedCount(): Promise<number> {
    const rows: unknown[] = await dataSource.query('SELECT * FROM migrations');
    return rows.length;
  }
});
