import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from './dialect';

/** Check-ins: every scan, and the admissions that let one badge in once a day. */
export class CheckIns1795904551354 implements MigrationInterface {
  name = 'CheckIns1795904551354';

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
      'CREATE TABLE "admissions" ("event_id" character varying(36) NOT NULL, "person_id" character varying(36) NOT NULL, "day" date NOT NULL, "scope" character varying(36) NOT NULL, "check_in_id" character varying(36) NOT NULL, "scanned_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_e8c48d502492f014b32a361a459" PRIMARY KEY ("event_id", "person_id", "day", "scope"))',
      'CREATE TABLE "check_ins" ("id" character varying(36) NOT NULL, "event_id" character varying(36) NOT NULL, "person_id" character varying(36), "badge_code" character varying(64), "method" character varying(16) NOT NULL, "device_id" character varying(64) NOT NULL, "recorded_by" character varying(36) NOT NULL, "scanned_at" TIMESTAMP NOT NULL, "received_at" TIMESTAMP NOT NULL, "day" date NOT NULL, "session_id" character varying(36), "status" character varying(24) NOT NULL, "arrived_despite_remote" boolean NOT NULL DEFAULT false, "first_check_in_id" character varying(36), "overturned_at" TIMESTAMP, "undone_at" TIMESTAMP, "undone_by" character varying(36), "undo_reason" character varying(500), CONSTRAINT "PK_fac7f27bc829a454ad477c13f62" PRIMARY KEY ("id"))',
      'CREATE INDEX "ix_check_ins_event_day" ON "check_ins" ("event_id", "day")',
      'ALTER TABLE "check_ins" ADD CONSTRAINT "fk_check_ins_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "check_ins" ADD CONSTRAINT "fk_check_ins_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    ],
    down: [
      'ALTER TABLE "check_ins" DROP CONSTRAINT "fk_check_ins_person"',
      'ALTER TABLE "check_ins" DROP CONSTRAINT "fk_check_ins_event"',
      'DROP INDEX "public"."ix_check_ins_event_day"',
      'DROP TABLE "check_ins"',
      'DROP TABLE "admissions"',
    ],
  },
  sqlite: {
    up: [
      'CREATE TABLE "admissions" ("event_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "day" date NOT NULL, "scope" varchar(36) NOT NULL, "check_in_id" varchar(36) NOT NULL, "scanned_at" datetime NOT NULL, PRIMARY KEY ("event_id", "person_id", "day", "scope"))',
      'CREATE TABLE "check_ins" ("id" varchar(36) PRIMARY KEY NOT NULL, "event_id" varchar(36) NOT NULL, "person_id" varchar(36), "badge_code" varchar(64), "method" varchar(16) NOT NULL, "device_id" varchar(64) NOT NULL, "recorded_by" varchar(36) NOT NULL, "scanned_at" datetime NOT NULL, "received_at" datetime NOT NULL, "day" date NOT NULL, "session_id" varchar(36), "status" varchar(24) NOT NULL, "arrived_despite_remote" boolean NOT NULL DEFAULT (0), "first_check_in_id" varchar(36), "overturned_at" datetime, "undone_at" datetime, "undone_by" varchar(36), "undo_reason" varchar(500))',
      'CREATE INDEX "ix_check_ins_event_day" ON "check_ins" ("event_id", "day")',
      'DROP INDEX "ix_check_ins_event_day"',
      'CREATE TABLE "temporary_check_ins" ("id" varchar(36) PRIMARY KEY NOT NULL, "event_id" varchar(36) NOT NULL, "person_id" varchar(36), "badge_code" varchar(64), "method" varchar(16) NOT NULL, "device_id" varchar(64) NOT NULL, "recorded_by" varchar(36) NOT NULL, "scanned_at" datetime NOT NULL, "received_at" datetime NOT NULL, "day" date NOT NULL, "session_id" varchar(36), "status" varchar(24) NOT NULL, "arrived_despite_remote" boolean NOT NULL DEFAULT (0), "first_check_in_id" varchar(36), "overturned_at" datetime, "undone_at" datetime, "undone_by" varchar(36), "undo_reason" varchar(500), CONSTRAINT "fk_check_ins_event" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_check_ins_person" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'INSERT INTO "temporary_check_ins"("id", "event_id", "person_id", "badge_code", "method", "device_id", "recorded_by", "scanned_at", "received_at", "day", "session_id", "status", "arrived_despite_remote", "first_check_in_id", "overturned_at", "undone_at", "undone_by", "undo_reason") SELECT "id", "event_id", "person_id", "badge_code", "method", "device_id", "recorded_by", "scanned_at", "received_at", "day", "session_id", "status", "arrived_despite_remote", "first_check_in_id", "overturned_at", "undone_at", "undone_by", "undo_reason" FROM "check_ins"',
      'DROP TABLE "check_ins"',
      'ALTER TABLE "temporary_check_ins" RENAME TO "check_ins"',
      'CREATE INDEX "ix_check_ins_event_day" ON "check_ins" ("event_id", "day")',
    ],
    down: [
      'DROP INDEX "ix_check_ins_event_day"',
      'ALTER TABLE "check_ins" RENAME TO "temporary_check_ins"',
      'CREATE TABLE "check_ins" ("id" varchar(36) PRIMARY KEY NOT NULL, "event_id" varchar(36) NOT NULL, "person_id" varchar(36), "badge_code" varchar(64), "method" varchar(16) NOT NULL, "device_id" varchar(64) NOT NULL, "recorded_by" varchar(36) NOT NULL, "scanned_at" datetime NOT NULL, "received_at" datetime NOT NULL, "day" date NOT NULL, "session_id" varchar(36), "status" varchar(24) NOT NULL, "arrived_despite_remote" boolean NOT NULL DEFAULT (0), "first_check_in_id" varchar(36), "overturned_at" datetime, "undone_at" datetime, "undone_by" varchar(36), "undo_reason" varchar(500))',
      'INSERT INTO "check_ins"("id", "event_id", "person_id", "badge_code", "method", "device_id", "recorded_by", "scanned_at", "received_at", "day", "session_id", "status", "arrived_despite_remote", "first_check_in_id", "overturned_at", "undone_at", "undone_by", "undo_reason") SELECT "id", "event_id", "person_id", "badge_code", "method", "device_id", "recorded_by", "scanned_at", "received_at", "day", "session_id", "status", "arrived_despite_remote", "first_check_in_id", "overturned_at", "undone_at", "undone_by", "undo_reason" FROM "temporary_check_ins"',
      'DROP TABLE "temporary_check_ins"',
      'CREATE INDEX "ix_check_ins_event_day" ON "check_ins" ("event_id", "day")',
      'DROP INDEX "ix_check_ins_event_day"',
      'DROP TABLE "check_ins"',
      'DROP TABLE "admissions"',
    ],
  },
};
