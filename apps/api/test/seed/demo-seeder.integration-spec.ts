import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { type AppConfig, loadConfig } from '../../src/config/config';
import { dataSourceOptions } from '../../src/database/data-source';
import { EventEntity } from '../../src/events/entities/event.entity';
import { SessionEntity } from '../../src/events/entities/session.entity';
import { PersonEntity } from '../../src/identity/entities/person.entity';
import { DemoSeeder } from '../../src/seed/demo-seeder.service';
import { PollEntity } from '../../src/polls/entities/poll.entity';
import { QuestionEntity } from '../../src/qna/entities/question.entity';
import { LIVE_NOW_SESSION, PROGRAMME } from '../../src/seed/programme.data';
import { databasesUnderTest, type TestDatabase } from '../support/databases';

describe.each(databasesUnderTest())('demo seed on $kind', ({ create }) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let dataDir: string;

  beforeEach(async () => {
    database = await create();
    dataSource = await new DataSource(dataSourceOptions(database.config)).initialize();
    await dataSource.runMigrations();
    dataDir = mkdtempSync(join(tmpdir(), 'hadir-seed-'));
  });

  afterEach(async () => {
    await dataSource.destroy();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const seeder = (seedDates: AppConfig['seedDates']) =>
    new DemoSeeder(dataSource, { ...loadConfig({ HADIR_DATA_DIR: dataDir }), seedDates });

  it('should shift the programme so that today in Jakarta is its third day', async () => {
    // 20:00 UTC on the 28th is already the 29th in Jakarta (UTC+7).
    const now = new Date('2026-11-28T20:00:00Z');
    await expect(seeder('shifted').seedIfEmpty(now)).resolves.toBe(true);
    const event = await dataSource.getRepository(EventEntity).findOneByOrFail({});
    expect([event.startDate, event.endDate]).toEqual(['2026-11-27', '2026-12-01']);

    const first = await dataSource
      .getRepository(SessionEntity)
      .findOneOrFail({ where: {}, order: { startsAt: 'ASC' } });
    const firstSeed = [...PROGRAMME.sessions].sort(
      (a, b) => a.day - b.day || a.start.localeCompare(b.start),
    )[0];
    expect(first.startsAt.toISOString()).toBe(
      new Date(`2026-11-27T${firstSeed?.start}:00+07:00`).toISOString(),
    );
  });

  it.each([
    [
      'at 03:10 in Jakarta, outside the programme’s hours',
      '2026-11-28T20:10:00Z',
      '20:00',
      '00:00',
    ],
    ['at 23:40 in Jakarta, ending before midnight', '2026-11-29T16:40:00Z', '16:00', '16:59'],
  ])('should keep a session with a poll and questions live %s', async (_, at, from, to) => {
    const now = new Date(at);
    await seeder('shifted').seedIfEmpty(now);
    const sessions = await dataSource.getRepository(SessionEntity).find();
    const live = sessions.filter(
      (session) => session.startsAt <= now && now < session.endsAt && session.streamed,
    );
    expect(live.map((session) => session.title)).toEqual([LIVE_NOW_SESSION.title]);
    const [session] = live;
    const day = at.slice(0, 10);
    expect(session?.startsAt.toISOString()).toBe(`${day}T${from}:00.000Z`);
    expect(session?.endsAt.toISOString()).toBe(
      to === '00:00' ? `2026-11-29T00:00:00.000Z` : `${day}T${to}:00.000Z`,
    );
    const polls = await dataSource.getRepository(PollEntity).findBy({ sessionId: session?.id });
    expect(polls.map((poll) => [poll.question, poll.status])).toEqual([
      [LIVE_NOW_SESSION.question, 'open'],
    ]);
    await expect(
      dataSource
        .getRepository(QuestionEntity)
        .countBy({ sessionId: session?.id, status: 'approved' }),
    ).resolves.toBe(LIVE_NOW_SESSION.questions.length);
  });

  it('should keep the real dates of September 2021 when asked', async () => {
    await seeder('original').seedIfEmpty(new Date());
    const event = await dataSource.getRepository(EventEntity).findOneByOrFail({});
    expect([event.startDate, event.endDate]).toEqual(['2021-09-13', '2021-09-17']);
    await expect(dataSource.getRepository(SessionEntity).count()).resolves.toBe(
      PROGRAMME.sessions.length,
    );
  });

  it('should seed once: a second start leaves the data as it is', async () => {
    await seeder('shifted').seedIfEmpty(new Date());
    await expect(seeder('shifted').seedIfEmpty(new Date())).resolves.toBe(false);
    await expect(dataSource.getRepository(PersonEntity).count()).resolves.toBe(
      PROGRAMME.people.length,
    );
    await expect(dataSource.getRepository(EventEntity).count()).resolves.toBe(1);
  });
});
