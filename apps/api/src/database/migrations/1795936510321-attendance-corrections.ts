import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from './dialect';

export class AttendanceCorrections1795936510321 implements MigrationInterface {
  name = 'AttendanceCorrections1795936510321';

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
      'CREATE TABLE "attendance_corrections" ("id" character varying(36) NOT NULL, "event_id" character varying(36) NOT NULL, "person_id" character varying(36) NOT NULL, "session_id" character varying(36) NOT NULL, "kind" character varying(8) NOT NULL, "mode" character varying(16), "from_at" TIMESTAMP, "to_at" TIMESTAMP, "reason" character varying(500) NOT NULL, "created_by" character varying(36) NOT NULL, "created_at" TIMESTAMP NOT NULL, "withdrawn_at" TIMESTAMP, "withdrawn_by" character varying(36), "withdraw_reason" character varying(500), CONSTRAINT "PK_4774e9510f6e31573910183527d" PRIMARY KEY ("id"))',
      'CREATE INDEX "ix_attendance_corrections_event" ON "attendance_corrections" ("event_id", "person_id", "session_id")',
      'ALTER TABLE "attendance_corrections" ADD CONSTRAINT "fk_attendance_corrections_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "attendance_corrections" ADD CONSTRAINT "fk_attendance_corrections_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "attendance_corrections" ADD CONSTRAINT "fk_attendance_corrections_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "attendance_corrections" ADD CONSTRAINT "fk_attendance_corrections_author" FOREIGN KEY ("created_by") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "attendance_corrections" ADD CONSTRAINT "fk_attendance_corrections_withdrawer" FOREIGN KEY ("withdrawn_by") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    ],
    down: [
      'ALTER TABLE "attendance_corrections" DROP CONSTRAINT "fk_attendance_corrections_withdrawer"',
      'ALTER TABLE "attendance_corrections" DROP CONSTRAINT "fk_attendance_corrections_author"',
      'ALTER TABLE "attendance_corrections" DROP CONSTRAINT "fk_attendance_corrections_session"',
      'ALTER TABLE "attendance_corrections" DROP CONSTRAINT "fk_attendance_corrections_person"',
      'ALTER TABLE "attendance_corrections" DROP CONSTRAINT "fk_attendance_corrections_event"',
      'DROP INDEX "public"."ix_attendance_corrections_event"',
      'DROP TABLE "attendance_corrections"',
    ],
  },
  sqlite: {
    up: [
      'CREATE TABLE "attendance_corrections" ("id" varchar(36) PRIMARY KEY NOT NULL, "event_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "session_id" varchar(36) NOT NULL, "kind" varchar(8) NOT NULL, "mode" varchar(16), "from_at" datetime, "to_at" datetime, "reason" varchar(500) NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" datetime NOT NULL, "withdrawn_at" datetime, "withdrawn_by" varchar(36), "withdraw_reason" varchar(500))',
      'CREATE INDEX "ix_attendance_corrections_event" ON "attendance_corrections" ("event_id", "person_id", "session_id")',
      'DROP INDEX "ix_attendance_corrections_event"',
      'CREATE TABLE "temporary_attendance_corrections" ("id" varchar(36) PRIMARY KEY NOT NULL, "event_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "session_id" varchar(36) NOT NULL, "kind" varchar(8) NOT NULL, "mode" varchar(16), "from_at" datetime, "to_at" datetime, "reason" varchar(500) NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" datetime NOT NULL, "withdrawn_at" datetime, "withdrawn_by" varchar(36), "withdraw_reason" varchar(500), CONSTRAINT "fk_attendance_corrections_event" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_attendance_corrections_person" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_attendance_corrections_session" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_attendance_corrections_author" FOREIGN KEY ("created_by") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_attendance_corrections_withdrawer" FOREIGN KEY ("withdrawn_by") REFERENCES "people" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
      'INSERT INTO "temporary_attendance_corrections"("id", "event_id", "person_id", "session_id", "kind", "mode", "from_at", "to_at", "reason", "created_by", "created_at", "withdrawn_at", "withdrawn_by", "withdraw_reason") SELECT "id", "event_id", "person_id", "session_id", "kind", "mode", "from_at", "to_at", "reason", "created_by", "created_at", "withdrawn_at", "withdrawn_by", "withdraw_reason" FROM "attendance_corrections"',
      'DROP TABLE "attendance_corrections"',
      'ALTER TABLE "temporary_attendance_corrections" RENAME TO "attendance_corrections"',
      'CREATE INDEX "ix_attendance_corrections_event" ON "attendance_corrections" ("event_id", "person_id", "session_id")',
    ],
    down: [
      'DROP INDEX "ix_attendance_corrections_event"',
      'ALTER TABLE "attendance_corrections" RENAME TO "temporary_attendance_corrections"',
      'CREATE TABLE "attendance_corrections" ("id" varchar(36) PRIMARY KEY NOT NULL, "event_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "session_id" varchar(36) NOT NULL, "kind" varchar(8) NOT NULL, "mode" varchar(16), "from_at" datetime, "to_at" datetime, "reason" varchar(500) NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" datetime NOT NULL, "withdrawn_at" datetime, "withdrawn_by" varchar(36), "withdraw_reason" varchar(500))',
      'INSERT INTO "attendance_corrections"("id", "event_id", "person_id", "session_id", "kind", "mode", "from_at", "to_at", "reason", "created_by", "created_at", "withdrawn_at", "withdrawn_by", "withdraw_reason") SELECT "id", "event_id", "person_id", "session_id", "kind", "mode", "from_at", "to_at", "reason", "created_by", "created_at", "withdrawn_at", "withdrawn_by", "withdraw_reason" FROM "temporary_attendance_corrections"',
      'DROP TABLE "temporary_attendance_corrections"',
      'CREATE INDEX "ix_attendance_corrections_event" ON "attendance_corrections" ("event_id", "person_id", "session_id")',
      'DROP INDEX "ix_attendance_corrections_event"',
      'DROP TABLE "attendance_corrections"',
    ],
  },
};
