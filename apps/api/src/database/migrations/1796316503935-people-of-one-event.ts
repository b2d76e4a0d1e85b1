import { randomUUID } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from './dialect';

/**
 * People belong to one event each. Someone who was in several events (matched across them by
 * e-mail) keeps their id in the event they joined first, and becomes a copy of themselves in
 * each other one, with that event's rows (roles, invitations, questions, votes, check-ins, …)
 * moved to the copy. Going down merges nobody: it refuses while two people share an e-mail.
 */
export class PeopleOfOneEvent1796316503935 implements MigrationInterface {
  name = 'PeopleOfOneEvent1796316503935';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const dialect = dialectOf(queryRunner);
    await queryRunner.query(
      'CREATE TABLE "person_splits" ("person_id" varchar(36) NOT NULL, "event_id" varchar(36) NOT NULL, "new_id" varchar(36) NOT NULL, PRIMARY KEY ("person_id", "event_id"))',
    );
    const insertSplit =
      dialect === 'postgres'
        ? 'INSERT INTO "person_splits" ("person_id", "event_id", "new_id") VALUES ($1, $2, $3)'
        : 'INSERT INTO "person_splits" ("person_id", "event_id", "new_id") VALUES (?, ?, ?)';
    const memberships = (await queryRunner.query(MEMBERSHIPS)) as Membership[];
    for (const split of splits(memberships)) {
      await queryRunner.query(insertSplit, [split.personId, split.eventId, split.newId]);
    }
    for (const statement of PEOPLE_UP[dialect]) await queryRunner.query(statement);
    for (const [table, column, eventOfRow] of PERSON_COLUMNS) {
      await queryRunner.query(repoint(table, column, eventOfRow));
    }
    await queryRunner.query(
      `UPDATE "action_plans" SET "owner_key" = 'person:' || "owner_id" WHERE "owner_key" LIKE 'person:%'`,
    );
    await queryRunner.query('DROP TABLE "person_splits"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const shared = (await queryRunner.query(
      'SELECT "email" FROM "people" WHERE "email" IS NOT NULL GROUP BY "email" HAVING COUNT(*) > 1',
    )) as unknown[];
    if (shared.length > 0) {
      throw new Error(
        `${shared.length} e-mail address(es) belong to people of different events; ` +
          'they cannot be merged back into one person each',
      );
    }
    for (const statement of PEOPLE_DOWN[dialectOf(queryRunner)]) await queryRunner.query(statement);
  }
}

/** Every event each person is in, with the time they were first invited to it. */
const MEMBERSHIPS = `
  SELECT m."person_id" AS "personId", m."event_id" AS "eventId",
         (SELECT MIN(i."created_at") FROM "invitations" i
           WHERE i."person_id" = m."person_id" AND i."event_id" = m."event_id") AS "invitedAt"
  FROM (SELECT "person_id", "event_id" FROM "event_roles"
        UNION SELECT "person_id", "event_id" FROM "invitations"
        UNION SELECT "person_id", "event_id" FROM "badges") m`;

interface Membership {
  personId: string;
  eventId: string;
  invitedAt: string | Date | null;
}

/** The first event a person was invited to keeps their id; every other one gets a new id. */
function splits(memberships: Membership[]) {
  const byPerson = new Map<string, Membership[]>();
  for (const row of memberships) {
    byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
  }
  const time = (row: Membership) =>
    row.invitedAt === null ? Number.POSITIVE_INFINITY : new Date(row.invitedAt).getTime();
  return [...byPerson.values()].flatMap((rows) =>
    rows
      .sort((a, b) => time(a) - time(b) || a.eventId.localeCompare(b.eventId))
      .map((row, index) => ({ ...row, newId: index === 0 ? row.personId : randomUUID() })),
  );
}

const PEOPLE_COLUMNS =
  '"id", "name", "email", "country", "organisation", "category", "attendance_mode", "locale", "timezone", "created_at"';
const COPIED_COLUMNS =
  'p."name", p."email", p."country", p."organisation", p."category", p."attendance_mode", p."locale", p."timezone", p."created_at"';

const PEOPLE_UP = {
  postgres: [
    'ALTER TABLE "people" ADD "event_id" character varying(36)',
    'ALTER TABLE "people" DROP CONSTRAINT "UQ_c77e8752faa45901af2b245dff2"',
    `INSERT INTO "people" (${PEOPLE_COLUMNS}, "event_id") SELECT s."new_id", ${COPIED_COLUMNS}, s."event_id" FROM "person_splits" s INNER JOIN "people" p ON p."id" = s."person_id" WHERE s."new_id" <> s."person_id"`,
    'UPDATE "people" SET "event_id" = (SELECT s."event_id" FROM "person_splits" s WHERE s."new_id" = "people"."id") WHERE "event_id" IS NULL',
    'DELETE FROM "people" WHERE "event_id" IS NULL',
    'ALTER TABLE "people" ALTER COLUMN "event_id" SET NOT NULL',
    'ALTER TABLE "people" ADD CONSTRAINT "uq_people_event_email" UNIQUE ("event_id", "email")',
    'ALTER TABLE "people" ADD CONSTRAINT "fk_people_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
  ],
  sqlite: [
    `CREATE TABLE "temporary_people" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(320), "country" varchar(2) NOT NULL, "organisation" varchar(200) NOT NULL DEFAULT (''), "category" varchar(32) NOT NULL, "attendance_mode" varchar(16) NOT NULL, "locale" varchar(8) NOT NULL DEFAULT ('en'), "timezone" varchar(64) NOT NULL, "created_at" datetime NOT NULL, "event_id" varchar(36) NOT NULL, CONSTRAINT "uq_people_event_email" UNIQUE ("event_id", "email"), CONSTRAINT "fk_people_event" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    `INSERT INTO "temporary_people" (${PEOPLE_COLUMNS}, "event_id") SELECT s."new_id", ${COPIED_COLUMNS}, s."event_id" FROM "person_splits" s INNER JOIN "people" p ON p."id" = s."person_id"`,
    'DROP TABLE "people"',
    'ALTER TABLE "temporary_people" RENAME TO "people"',
  ],
};

const PEOPLE_DOWN = {
  postgres: [
    'ALTER TABLE "people" DROP CONSTRAINT "fk_people_event"',
    'ALTER TABLE "people" DROP CONSTRAINT "uq_people_event_email"',
    'ALTER TABLE "people" ADD CONSTRAINT "UQ_c77e8752faa45901af2b245dff2" UNIQUE ("email")',
    'ALTER TABLE "people" DROP COLUMN "event_id"',
  ],
  // Rebuilt beside the table and swapped in, as going up: renaming "people" away would carry
  // every other table's foreign key with it.
  sqlite: [
    `CREATE TABLE "temporary_people" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(320), "country" varchar(2) NOT NULL, "organisation" varchar(200) NOT NULL DEFAULT (''), "category" varchar(32) NOT NULL, "attendance_mode" varchar(16) NOT NULL, "locale" varchar(8) NOT NULL DEFAULT ('en'), "timezone" varchar(64) NOT NULL, "created_at" datetime NOT NULL, CONSTRAINT "UQ_c77e8752faa45901af2b245dff2" UNIQUE ("email"))`,
    `INSERT INTO "temporary_people" (${PEOPLE_COLUMNS}) SELECT ${PEOPLE_COLUMNS} FROM "people"`,
    'DROP TABLE "people"',
    'ALTER TABLE "temporary_people" RENAME TO "people"',
  ],
};

/** How a row of a table knows its event, written for the row `t`. */
type EventOfRow = (t: string) => string;
const direct: EventOfRow = (t) => `"${t}"."event_id"`;
const bySession: EventOfRow = (t) =>
  `(SELECT se."event_id" FROM "sessions" se WHERE se."id" = "${t}"."session_id")`;
const byPlan: EventOfRow = (t) =>
  `(SELECT ap."event_id" FROM "action_plans" ap WHERE ap."id" = "${t}"."plan_id")`;
const bySet: EventOfRow = (t) =>
  `(SELECT se."event_id" FROM "breakout_sets" bs INNER JOIN "sessions" se ON se."id" = bs."session_id" WHERE bs."id" = "${t}"."set_id")`;
const byRoom: EventOfRow = (t) =>
  `(SELECT se."event_id" FROM "breakout_rooms" br INNER JOIN "breakout_sets" bs ON bs."id" = br."set_id" INNER JOIN "sessions" se ON se."id" = bs."session_id" WHERE br."id" = "${t}"."room_id")`;
const byPoll: EventOfRow = (t) =>
  `(SELECT se."event_id" FROM "polls" po INNER JOIN "sessions" se ON se."id" = po."session_id" WHERE po."id" = "${t}"."poll_id")`;
const byQuestion: EventOfRow = (t) =>
  `(SELECT se."event_id" FROM "questions" q INNER JOIN "sessions" se ON se."id" = q."session_id" WHERE q."id" = "${t}"."question_id")`;

/** Every column that names a person, with the way to its row's event. */
const PERSON_COLUMNS: [string, string, EventOfRow][] = [
  ['event_roles', 'person_id', direct],
  ['invitations', 'person_id', direct],
  ['badges', 'person_id', direct],
  ['admissions', 'person_id', direct],
  ['check_ins', 'person_id', direct],
  ['check_ins', 'recorded_by', direct],
  ['check_ins', 'undone_by', direct],
  ['announcements', 'author_id', direct],
  ['attendance_corrections', 'person_id', direct],
  ['attendance_corrections', 'created_by', direct],
  ['attendance_corrections', 'withdrawn_by', direct],
  ['attendance_rules', 'updated_by', direct],
  ['action_plans', 'owner_id', direct],
  ['plan_templates', 'updated_by', direct],
  ['plan_comments', 'author_id', byPlan],
  ['plan_conflicts', 'author_id', byPlan],
  ['plan_edits', 'author_id', byPlan],
  ['plan_sections', 'updated_by', byPlan],
  ['plan_steps', 'by_id', byPlan],
  ['shown_plans', 'shown_by', bySession],
  ['session_people', 'person_id', bySession],
  ['presence_intervals', 'person_id', bySession],
  ['questions', 'author_id', bySession],
  ['questions', 'reply_by', bySession],
  ['question_votes', 'person_id', byQuestion],
  ['polls', 'created_by', bySession],
  ['poll_responses', 'person_id', byPoll],
  ['chat_messages', 'author_id', bySession],
  ['chat_messages', 'deleted_by', bySession],
  ['chat_mutes', 'person_id', bySession],
  ['chat_mutes', 'muted_by', bySession],
  ['raised_hands', 'person_id', bySession],
  ['stage_invitations', 'person_id', bySession],
  ['stage_invitations', 'invited_by', bySession],
  ['breakout_sets', 'created_by', bySession],
  ['breakout_rooms', 'facilitator_id', bySet],
  ['breakout_assignments', 'person_id', bySet],
  ['breakout_assignments', 'assigned_by', bySet],
  ['breakout_messages', 'author_id', byRoom],
];

/** Moves a column's references to the person's copy in the row's event, where there is one. */
function repoint(table: string, column: string, eventOfRow: EventOfRow): string {
  const copy = `SELECT s."new_id" FROM "person_splits" s WHERE s."person_id" = "${table}"."${column}" AND s."event_id" = ${eventOfRow(table)}`;
  return `UPDATE "${table}" SET "${column}" = COALESCE((${copy}), "${column}") WHERE "${column}" IN (SELECT "person_id" FROM "person_splits" WHERE "new_id" <> "person_id")`;
}
