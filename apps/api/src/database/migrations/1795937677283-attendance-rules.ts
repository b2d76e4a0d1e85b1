import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from './dialect';

export class AttendanceRules1795937677283 implements MigrationInterface {
  name = 'AttendanceRules1795937677283';

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
      'CREATE TABLE "attendance_rules" ("event_id" character varying(36) NOT NULL, "certificate_percent" integer NOT NULL, "updated_by" character varying(36) NOT NULL, "updated_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_5c4b1a2ddb3ba4cd027290746ab" PRIMARY KEY ("event_id"))',
      'ALTER TABLE "attendance_rules" ADD CONSTRAINT "fk_attendance_rules_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    ],
    down: [
      'ALTER TABLE "attendance_rules" DROP CONSTRAINT "fk_attendance_rules_event"',
      'DROP TABLE "attendance_rules"',
    ],
  },
  sqlite: {
    up: [
      'CREATE TABLE "attendance_rules" ("event_id" varchar(36) PRIMARY KEY NOT NULL, "certificate_percent" integer NOT NULL, "updated_by" varchar(36) NOT NULL, "updated_at" datetime NOT NULL)',
      'CREATE TABLE "temporary_attendance_rules" ("event_id" varchar(36) PRIMARY KEY NOT NULL, "certificate_percent" integer NOT NULL, "updated_by" varchar(36) NOT NULL, "updated_at" datetime NOT NULL, CONSTRAINT "fk_attendance_rules_event" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'INSERT INTO "temporary_attendance_rules"("event_id", "certificate_percent", "updated_by", "updated_at") SELECT "event_id", "certificate_percent", "updated_by", "updated_at" FROM "attendance_rules"',
      'DROP TABLE "attendance_rules"',
      'ALTER TABLE "temporary_attendance_rules" RENAME TO "attendance_rules"',
    ],
    down: [
      'ALTER TABLE "attendance_rules" RENAME TO "temporary_attendance_rules"',
      'CREATE TABLE "attendance_rules" ("event_id" varchar(36) PRIMARY KEY NOT NULL, "certificate_percent" integer NOT NULL, "updated_by" varchar(36) NOT NULL, "updated_at" datetime NOT NULL)',
      'INSERT INTO "attendance_rules"("event_id", "certificate_percent", "updated_by", "updated_at") SELECT "event_id", "certificate_percent", "updated_by", "updated_at" FROM "temporary_attendance_rules"',
      'DROP TABLE "temporary_attendance_rules"',
      'DROP TABLE "attendance_rules"',
    ],
  },
};
