import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from './dialect';

export class CheckOutsAndRooms1795912116707 implements MigrationInterface {
  name = 'CheckOutsAndRooms1795912116707';

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
  // Edited by hand: the generator widens a primary-key column by dropping and re-adding it,
  // which would lose every admission's scope. PostgreSQL widens a varchar in place.
  postgres: {
    up: [
      'ALTER TABLE "admissions" ADD "checked_out_at" TIMESTAMP',
      'ALTER TABLE "check_ins" ADD "venue_room" character varying(100)',
      `ALTER TABLE "check_ins" ADD "direction" character varying(8) NOT NULL DEFAULT 'in'`,
      'ALTER TABLE "check_ins" ADD "reentry" boolean NOT NULL DEFAULT false',
      'ALTER TABLE "admissions" ALTER COLUMN "scope" TYPE character varying(120)',
    ],
    down: [
      'ALTER TABLE "admissions" ALTER COLUMN "scope" TYPE character varying(36)',
      'ALTER TABLE "check_ins" DROP COLUMN "reentry"',
      'ALTER TABLE "check_ins" DROP COLUMN "direction"',
      'ALTER TABLE "check_ins" DROP COLUMN "venue_room"',
      'ALTER TABLE "admissions" DROP COLUMN "checked_out_at"',
    ],
  },
  sqlite: {
    up: [
      'CREATE TABLE "temporary_admissions" ("event_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "day" date NOT NULL, "scope" varchar(36) NOT NULL, "check_in_id" varchar(36) NOT NULL, "scanned_at" datetime NOT NULL, "checked_out_at" datetime, PRIMARY KEY ("event_id", "person_id", "day", "scope"))',
      'INSERT INTO "temporary_admissions"("event_id", "person_id", "day", "scope", "check_in_id", "scanned_at") SELECT "event_id", "person_id", "day", "scope", "check_in_id", "scanned_at" FROM "admissions"',
      'DROP TABLE "admissions"',
      'ALTER TABLE "temporary_admissions" RENAME TO "admissions"',
      'DROP INDEX "ix_check_ins_event_day"',
      'CREATE TABLE "temporary_check_ins" ("id" varchar(36) PRIMARY KEY NOT NULL, "event_id" varchar(36) NOT NULL, "person_id" varchar(36), "badge_code" varchar(64), "method" varchar(16) NOT NULL, "device_id" varchar(64) NOT NULL, "recorded_by" varchar(36) NOT NULL, "scanned_at" datetime NOT NULL, "received_at" datetime NOT NULL, "day" date NOT NULL, "session_id" varchar(36), "status" varchar(24) NOT NULL, "arrived_despite_remote" boolean NOT NULL DEFAULT (0), "first_check_in_id" varchar(36), "overturned_at" datetime, "undone_at" datetime, "undone_by" varchar(36), "undo_reason" varchar(500), "venue_room" varchar(100), "direction" varchar(8) NOT NULL DEFAULT (\'in\'), "reentry" boolean NOT NULL DEFAULT (0), CONSTRAINT "fk_check_ins_person" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_check_ins_event" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'INSERT INTO "temporary_check_ins"("id", "event_id", "person_id", "badge_code", "method", "device_id", "recorded_by", "scanned_at", "received_at", "day", "session_id", "status", "arrived_despite_remote", "first_check_in_id", "overturned_at", "undone_at", "undone_by", "undo_reason") SELECT "id", "event_id", "person_id", "badge_code", "method", "device_id", "recorded_by", "scanned_at", "received_at", "day", "session_id", "status", "arrived_despite_remote", "first_check_in_id", "overturned_at", "undone_at", "undone_by", "undo_reason" FROM "check_ins"',
      'DROP TABLE "check_ins"',
      'ALTER TABLE "temporary_check_ins" RENAME TO "check_ins"',
      'CREATE INDEX "ix_check_ins_event_day" ON "check_ins" ("event_id", "day")',
      'CREATE TABLE "temporary_admissions" ("event_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "day" date NOT NULL, "scope" varchar(120) NOT NULL, "check_in_id" varchar(36) NOT NULL, "scanned_at" datetime NOT NULL, "checked_out_at" datetime, PRIMARY KEY ("event_id", "person_id", "day", "scope"))',
      'INSERT INTO "temporary_admissions"("event_id", "person_id", "day", "scope", "check_in_id", "scanned_at", "checked_out_at") SELECT "event_id", "person_id", "day", "scope", "check_in_id", "scanned_at", "checked_out_at" FROM "admissions"',
      'DROP TABLE "admissions"',
      'ALTER TABLE "temporary_admissions" RENAME TO "admissions"',
    ],
    down: [
      'ALTER TABLE "admissions" RENAME TO "temporary_admissions"',
      'CREATE TABLE "admissions" ("event_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "day" date NOT NULL, "scope" varchar(36) NOT NULL, "check_in_id" varchar(36) NOT NULL, "scanned_at" datetime NOT NULL, "checked_out_at" datetime, PRIMARY KEY ("event_id", "person_id", "day", "scope"))',
      'INSERT INTO "admissions"("event_id", "person_id", "day", "scope", "check_in_id", "scanned_at", "checked_out_at") SELECT "event_id", "person_id", "day", "scope", "check_in_id", "scanned_at", "checked_out_at" FROM "temporary_admissions"',
      'DROP TABLE "temporary_admissions"',
      'DROP INDEX "ix_check_ins_event_day"',
      'ALTER TABLE "check_ins" RENAME TO "temporary_check_ins"',
      'CREATE TABLE "check_ins" ("id" varchar(36) PRIMARY KEY NOT NULL, "event_id" varchar(36) NOT NULL, "person_id" varchar(36), "badge_code" varchar(64), "method" varchar(16) NOT NULL, "device_id" varchar(64) NOT NULL, "recorded_by" varchar(36) NOT NULL, "scanned_at" datetime NOT NULL, "received_at" datetime NOT NULL, "day" date NOT NULL, "session_id" varchar(36), "status" varchar(24) NOT NULL, "arrived_despite_remote" boolean NOT NULL DEFAULT (0), "first_check_in_id" varchar(36), "overturned_at" datetime, "undone_at" datetime, "undone_by" varchar(36), "undo_reason" varchar(500), CONSTRAINT "fk_check_ins_person" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_check_ins_event" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'INSERT INTO "check_ins"("id", "event_id", "person_id", "badge_code", "method", "device_id", "recorded_by", "scanned_at", "received_at", "day", "session_id", "status", "arrived_despite_remote", "first_check_in_id", "overturned_at", "undone_at", "undone_by", "undo_reason") SELECT "id", "event_id", "person_id", "badge_code", "method", "device_id", "recorded_by", "scanned_at", "received_at", "day", "session_id", "status", "arrived_despite_remote", "first_check_in_id", "overturned_at", "undone_at", "undone_by", "undo_reason" FROM "temporary_check_ins"',
      'DROP TABLE "temporary_check_ins"',
      'CREATE INDEX "ix_check_ins_event_day" ON "check_ins" ("event_id", "day")',
      'ALTER TABLE "admissions" RENAME TO "temporary_admissions"',
      'CREATE TABLE "admissions" ("event_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "day" date NOT NULL, "scope" varchar(36) NOT NULL, "check_in_id" varchar(36) NOT NULL, "scanned_at" datetime NOT NULL, PRIMARY KEY ("event_id", "person_id", "day", "scope"))',
      'INSERT INTO "admissions"("event_id", "person_id", "day", "scope", "check_in_id", "scanned_at") SELECT "event_id", "person_id", "day", "scope", "check_in_id", "scanned_at" FROM "temporary_admissions"',
      'DROP TABLE "temporary_admissions"',
    ],
  },
};
