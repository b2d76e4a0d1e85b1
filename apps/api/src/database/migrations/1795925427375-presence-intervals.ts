import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from './dialect';

export class PresenceIntervals1795925427375 implements MigrationInterface {
  name = 'PresenceIntervals1795925427375';

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
      'CREATE TABLE "presence_intervals" ("id" character varying(36) NOT NULL, "session_id" character varying(36) NOT NULL, "person_id" character varying(36) NOT NULL, "mode" character varying(16) NOT NULL, "joined_at" TIMESTAMP NOT NULL, "left_at" TIMESTAMP, "last_seen_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_6c4bd93f9709012da05f5f2ecfb" PRIMARY KEY ("id"))',
      'CREATE INDEX "ix_presence_intervals_session_person" ON "presence_intervals" ("session_id", "person_id")',
      'ALTER TABLE "presence_intervals" ADD CONSTRAINT "fk_presence_intervals_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "presence_intervals" ADD CONSTRAINT "fk_presence_intervals_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    ],
    down: [
      'ALTER TABLE "presence_intervals" DROP CONSTRAINT "fk_presence_intervals_person"',
      'ALTER TABLE "presence_intervals" DROP CONSTRAINT "fk_presence_intervals_session"',
      'DROP INDEX "public"."ix_presence_intervals_session_person"',
      'DROP TABLE "presence_intervals"',
    ],
  },
  sqlite: {
    up: [
      'CREATE TABLE "presence_intervals" ("id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "mode" varchar(16) NOT NULL, "joined_at" datetime NOT NULL, "left_at" datetime, "last_seen_at" datetime NOT NULL)',
      'CREATE INDEX "ix_presence_intervals_session_person" ON "presence_intervals" ("session_id", "person_id")',
      'DROP INDEX "ix_presence_intervals_session_person"',
      'CREATE TABLE "temporary_presence_intervals" ("id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "mode" varchar(16) NOT NULL, "joined_at" datetime NOT NULL, "left_at" datetime, "last_seen_at" datetime NOT NULL, CONSTRAINT "fk_presence_intervals_session" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_presence_intervals_person" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'INSERT INTO "temporary_presence_intervals"("id", "session_id", "person_id", "mode", "joined_at", "left_at", "last_seen_at") SELECT "id", "session_id", "person_id", "mode", "joined_at", "left_at", "last_seen_at" FROM "presence_intervals"',
      'DROP TABLE "presence_intervals"',
      'ALTER TABLE "temporary_presence_intervals" RENAME TO "presence_intervals"',
      'CREATE INDEX "ix_presence_intervals_session_person" ON "presence_intervals" ("session_id", "person_id")',
    ],
    down: [
      'DROP INDEX "ix_presence_intervals_session_person"',
      'ALTER TABLE "presence_intervals" RENAME TO "temporary_presence_intervals"',
      'CREATE TABLE "presence_intervals" ("id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "mode" varchar(16) NOT NULL, "joined_at" datetime NOT NULL, "left_at" datetime, "last_seen_at" datetime NOT NULL)',
      'INSERT INTO "presence_intervals"("id", "session_id", "person_id", "mode", "joined_at", "left_at", "last_seen_at") SELECT "id", "session_id", "person_id", "mode", "joined_at", "left_at", "last_seen_at" FROM "temporary_presence_intervals"',
      'DROP TABLE "temporary_presence_intervals"',
      'CREATE INDEX "ix_presence_intervals_session_person" ON "presence_intervals" ("session_id", "person_id")',
      'DROP INDEX "ix_presence_intervals_session_person"',
      'DROP TABLE "presence_intervals"',
    ],
  },
};
