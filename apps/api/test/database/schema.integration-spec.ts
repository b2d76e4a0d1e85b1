import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { MIGRATIONS } from '../../src/database/migrations';
import { PeopleOfOneEvent1796316503935 } from '../../src/database/migrations/1796316503935-people-of-one-event';
import { QnaSettingsName1796422033576 } from '../../src/database/migrations/1796422033576-qna-settings-name';
import { databasesUnderTest, type TestDatabase } from '../support/databases';

describe.each(databasesUnderTest())('database schema on $kind', ({ kind, create }) => {
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
      await expect(danglingReferences()).resolves.toEqual([]);
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

  /**
   * Tables whose foreign keys name a table that a rebuild renamed away (SQLite rewrites them on
   * RENAME), which would break every later insert into them.
   */
  async function danglingReferences(): Promise<string[]> {
    if (kind !== 'sqlite') return [];
    const rows: { name: string }[] = await dataSource.query(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%REFERENCES "temporary_%'`,
    );
    return rows.map((row) => row.name);
  }

  async function executedCount(): Promise<number> {
    const rows: unknown[] = await dataSource.query('SELECT * FROM migrations');
    return rows.length;
  }
});

/** The ids and rows of someone who was in two events before people belonged to one each. */
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const SHARED = '00000000-0000-4000-8000-0000000000a1';
const ONLY_A = '00000000-0000-4000-8000-0000000000a2';
const SESSION_A = '00000000-0000-4000-8000-0000000000c1';
const SESSION_B = '00000000-0000-4000-8000-0000000000c2';
const QUESTION_B = '00000000-0000-4000-8000-0000000000d1';
const TWO_EVENTS = [
  `INSERT INTO events (id, slug, title, timezone, start_date, end_date, created_at) VALUES
     ('${A}', 'a', 'A', 'Asia/Jakarta', '2026-01-05', '2026-01-09', '2026-01-01 00:00:00'),
     ('${B}', 'b', 'B', 'Asia/Jakarta', '2026-02-02', '2026-02-06', '2026-01-01 00:00:00')`,
  `INSERT INTO people (id, name, email, country, category, attendance_mode, timezone, created_at) VALUES
     ('${SHARED}', 'Siti', 'siti@example.org', 'ID', 'official', 'remote', 'Asia/Jakarta', '2026-01-01 00:00:00'),
     ('${ONLY_A}', 'Budi', 'budi@example.org', 'ID', 'official', 'remote', 'Asia/Jakarta', '2026-01-01 00:00:00')`,
  `INSERT INTO event_roles (id, event_id, person_id, role) VALUES
     ('00000000-0000-4000-8000-0000000000e1', '${A}', '${SHARED}', 'organiser'),
     ('00000000-0000-4000-8000-0000000000e2', '${B}', '${SHARED}', 'participant'),
     ('00000000-0000-4000-8000-0000000000e3', '${A}', '${ONLY_A}', 'participant')`,
  `INSERT INTO invitations (id, event_id, person_id, created_at) VALUES
     ('00000000-0000-4000-8000-0000000000f1', '${B}', '${SHARED}', '2026-01-03 00:00:00'),
     ('00000000-0000-4000-8000-0000000000f2', '${A}', '${SHARED}', '2026-01-02 00:00:00'),
     ('00000000-0000-4000-8000-0000000000f3', '${A}', '${ONLY_A}', '2026-01-02 00:00:00')`,
  `INSERT INTO sessions (id, event_id, title, kind, starts_at, ends_at) VALUES
     ('${SESSION_A}', '${A}', 'Opening', 'plenary', '2026-01-05 01:00:00', '2026-01-05 02:00:00'),
     ('${SESSION_B}', '${B}', 'Opening', 'plenary', '2026-02-02 01:00:00', '2026-02-02 02:00:00')`,
  `INSERT INTO questions (id, session_id, author_id, text, status, created_at, updated_at) VALUES
     ('${QUESTION_B}', '${SESSION_B}', '${SHARED}', 'From B', 'visible', '2026-02-02 01:10:00', '2026-02-02 01:10:00')`,
  `INSERT INTO question_votes (question_id, person_id, vote_id, created_at) VALUES
     ('${QUESTION_B}', '${SHARED}', '00000000-0000-4000-8000-000000000101', '2026-02-02 01:11:00')`,
  `INSERT INTO chat_messages (id, session_id, author_id, text, sent_at) VALUES
     ('00000000-0000-4000-8000-000000000201', '${SESSION_A}', '${SHARED}', 'From A', '2026-01-05 01:20:00')`,
  `INSERT INTO action_plans (id, event_id, scope, country, owner_id, owner_key, status, created_at, updated_at) VALUES
     ('00000000-0000-4000-8000-000000000301', '${B}', 'person', 'ID', '${SHARED}', 'person:${SHARED}', 'draft', '2026-02-02 00:00:00', '2026-02-02 00:00:00')`,
];

describe.each(databasesUnderTest())('people of one event each, migrated on $kind', ({ create }) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await create();
  });

  afterAll(async () => {
    await database.drop();
  });

  const withMigrations = async <T>(
    migrations: typeof MIGRATIONS,
    work: (dataSource: DataSource) => Promise<T>,
  ): Promise<T> => {
    const dataSource = await new DataSource({
      ...dataSourceOptions(database.config),
      migrations,
    }).initialize();
    try {
      return await work(dataSource);
    } finally {
      await dataSource.destroy();
    }
  };

  it('should split someone who was in two events into a person of each, with each event’s rows', async () => {
    await withMigrations(
      MIGRATIONS.slice(0, MIGRATIONS.indexOf(PeopleOfOneEvent1796316503935)),
      async (before) => {
        await before.runMigrations({ transaction: 'each' });
        for (const statement of TWO_EVENTS) await before.query(statement);
      },
    );

    await withMigrations(MIGRATIONS, async (after) => {
      await after.runMigrations({ transaction: 'each' });
      const people: { id: string; event_id: string; email: string }[] = await after.query(
        'SELECT id, event_id, email FROM people ORDER BY email, event_id',
      );
      const copy = people.find((p) => p.email === 'siti@example.org' && p.event_id === B);
      expect(people).toEqual([
        { id: ONLY_A, event_id: A, email: 'budi@example.org' },
        { id: SHARED, event_id: A, email: 'siti@example.org' },
        { id: copy?.id, event_id: B, email: 'siti@example.org' },
      ]);
      expect(copy?.id).not.toBe(SHARED);
      const rows = (sql: string): Promise<Record<string, unknown>[]> => after.query(sql);
      await expect(
        rows('SELECT event_id, person_id, role FROM event_roles ORDER BY event_id, role'),
      ).resolves.toEqual([
        { event_id: A, person_id: SHARED, role: 'organiser' },
        { event_id: A, person_id: ONLY_A, role: 'participant' },
        { event_id: B, person_id: copy?.id, role: 'participant' },
      ]);
      await expect(
        rows(`SELECT person_id FROM invitations WHERE event_id = '${B}'`),
      ).resolves.toEqual([{ person_id: copy?.id }]);
      await expect(rows('SELECT author_id FROM questions')).resolves.toEqual([
        { author_id: copy?.id },
      ]);
      await expect(rows('SELECT person_id FROM question_votes')).resolves.toEqual([
        { person_id: copy?.id },
      ]);
      await expect(rows('SELECT author_id FROM chat_messages')).resolves.toEqual([
        { author_id: SHARED },
      ]);
      await expect(rows('SELECT owner_id, owner_key FROM action_plans')).resolves.toEqual([
        { owner_id: copy?.id, owner_key: `person:${copy?.id}` },
      ]);

      // Going back would have to merge the two people again: it refuses, and changes nothing.
      const queryRunner = after.createQueryRunner();
      try {
        await expect(new PeopleOfOneEvent1796316503935().down(queryRunner)).rejects.toThrow(
          'cannot be merged back',
        );
      } finally {
        await queryRunner.release();
      }
      await expect(rows('SELECT id FROM people')).resolves.toHaveLength(3);
    });
  });
});

describe.each(databasesUnderTest())(
  'Q&A settings under their feature’s name on $kind',
  ({ create }) => {
    let database: TestDatabase;

    beforeAll(async () => {
      database = await create();
    });

    afterAll(async () => {
      await database.drop();
    });

    it('should keep every session’s Q&A settings when the table is renamed, and when it is undone', async () => {
      const dataSource = await new DataSource({
        ...dataSourceOptions(database.config),
        // Up to the rename, which is then the last one to undo and redo.
        migrations: MIGRATIONS.slice(0, MIGRATIONS.indexOf(QnaSettingsName1796422033576) + 1),
      }).initialize();
      try {
        await dataSource.runMigrations({ transaction: 'each' });
        await dataSource.undoLastMigration({ transaction: 'each' });
        await dataSource.query(
          `INSERT INTO events (id, slug, title, timezone, start_date, end_date, created_at) VALUES
           ('${A}', 'a', 'A', 'Asia/Jakarta', '2026-01-05', '2026-01-09', '2026-01-01 00:00:00')`,
        );
        await dataSource.query(
          `INSERT INTO sessions (id, event_id, title, kind, starts_at, ends_at) VALUES
           ('${SESSION_A}', '${A}', 'Opening', 'plenary', '2026-01-05 01:00:00', '2026-01-05 02:00:00')`,
        );
        await dataSource.query(
          `INSERT INTO qa_settings (session_id, moderated, reveal_anonymous_to_staff) VALUES ('${SESSION_A}', false, true)`,
        );
        const read = async (table: string) =>
          (
            await dataSource.query<
              { session_id: string; moderated: unknown; reveal_anonymous_to_staff: unknown }[]
            >(`SELECT session_id, moderated, reveal_anonymous_to_staff FROM ${table}`)
          ).map((row) => [
            row.session_id,
            Boolean(row.moderated),
            Boolean(row.reveal_anonymous_to_staff),
          ]);

        await dataSource.runMigrations({ transaction: 'each' });
        expect(await read('qna_settings')).toEqual([[SESSION_A, false, true]]);
        await dataSource.undoLastMigration({ transaction: 'each' });
        expect(await read('qa_settings')).toEqual([[SESSION_A, false, true]]);
      } finally {
        await dataSource.destroy();
      }
    });
  },
);
