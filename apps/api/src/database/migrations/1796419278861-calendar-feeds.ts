import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from './dialect';

export class CalendarFeeds1796419278861 implements MigrationInterface {
  name = 'CalendarFeeds1796419278861';

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
      'CREATE TABLE "calendar_feeds" ("id" character varying(36) NOT NULL, "person_id" character varying(36) NOT NULL, "created_at" TIMESTAMP NOT NULL, "revoked_at" TIMESTAMP, CONSTRAINT "PK_045067d8bb57f971f3c5426ea71" PRIMARY KEY ("id"))',
      'CREATE INDEX "ix_calendar_feeds_person" ON "calendar_feeds" ("person_id")',
      'ALTER TABLE "calendar_feeds" ADD CONSTRAINT "fk_calendar_feeds_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    ],
    down: [
      'ALTER TABLE "calendar_feeds" DROP CONSTRAINT "fk_calendar_feeds_person"',
      'DROP INDEX "public"."ix_calendar_feeds_person"',
      'DROP TABLE "calendar_feeds"',
    ],
  },
  sqlite: {
    up: [
      'CREATE TABLE "calendar_feeds" ("id" varchar(36) PRIMARY KEY NOT NULL, "person_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL, "revoked_at" datetime, CONSTRAINT "fk_calendar_feeds_person" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'CREATE INDEX "ix_calendar_feeds_person" ON "calendar_feeds" ("person_id")',
    ],
    down: ['DROP INDEX "ix_calendar_feeds_person"', 'DROP TABLE "calendar_feeds"'],
  },
};
