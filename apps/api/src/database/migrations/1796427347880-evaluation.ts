import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from './dialect';

export class Evaluation1796427347880 implements MigrationInterface {
  name = 'Evaluation1796427347880';

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
      'CREATE TABLE "evaluation_forms" ("id" character varying(36) NOT NULL, "event_id" character varying(36) NOT NULL, "kind" character varying(16) NOT NULL, "title" character varying(200) NOT NULL, "anonymous" boolean NOT NULL, "questions" text NOT NULL, "status" character varying(16) NOT NULL, "updated_at" TIMESTAMP NOT NULL, CONSTRAINT "uq_evaluation_forms_event_kind" UNIQUE ("event_id", "kind"), CONSTRAINT "PK_ffe7a049e5e5bbdf4251058fe32" PRIMARY KEY ("id"))',
      'CREATE TABLE "evaluation_answers" ("id" character varying(36) NOT NULL, "form_id" character varying(36) NOT NULL, "session_id" character varying(36), "person_id" character varying(36), "country" character varying(2), "values" text NOT NULL, "submitted_at" TIMESTAMP, CONSTRAINT "PK_3039b4756f387521e0981850276" PRIMARY KEY ("id"))',
      'CREATE INDEX "ix_evaluation_answers_form" ON "evaluation_answers" ("form_id")',
      'CREATE TABLE "evaluation_receipts" ("id" character varying(36) NOT NULL, "form_id" character varying(36) NOT NULL, "person_id" character varying(36) NOT NULL, "session_id" character varying(36), "scope" character varying(36) NOT NULL, "created_at" TIMESTAMP NOT NULL, CONSTRAINT "uq_evaluation_receipts_answer" UNIQUE ("form_id", "person_id", "scope"), CONSTRAINT "PK_073a0b81baf5005b2d01b32a2a1" PRIMARY KEY ("id"))',
      'ALTER TABLE "evaluation_forms" ADD CONSTRAINT "fk_evaluation_forms_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "evaluation_answers" ADD CONSTRAINT "fk_evaluation_answers_form" FOREIGN KEY ("form_id") REFERENCES "evaluation_forms"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "evaluation_answers" ADD CONSTRAINT "fk_evaluation_answers_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "evaluation_answers" ADD CONSTRAINT "fk_evaluation_answers_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "evaluation_receipts" ADD CONSTRAINT "fk_evaluation_receipts_form" FOREIGN KEY ("form_id") REFERENCES "evaluation_forms"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "evaluation_receipts" ADD CONSTRAINT "fk_evaluation_receipts_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "evaluation_receipts" ADD CONSTRAINT "fk_evaluation_receipts_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    ],
    down: [
      'ALTER TABLE "evaluation_receipts" DROP CONSTRAINT "fk_evaluation_receipts_session"',
      'ALTER TABLE "evaluation_receipts" DROP CONSTRAINT "fk_evaluation_receipts_person"',
      'ALTER TABLE "evaluation_receipts" DROP CONSTRAINT "fk_evaluation_receipts_form"',
      'ALTER TABLE "evaluation_answers" DROP CONSTRAINT "fk_evaluation_answers_person"',
      'ALTER TABLE "evaluation_answers" DROP CONSTRAINT "fk_evaluation_answers_session"',
      'ALTER TABLE "evaluation_answers" DROP CONSTRAINT "fk_evaluation_answers_form"',
      'ALTER TABLE "evaluation_forms" DROP CONSTRAINT "fk_evaluation_forms_event"',
      'DROP TABLE "evaluation_receipts"',
      'DROP INDEX "public"."ix_evaluation_answers_form"',
      'DROP TABLE "evaluation_answers"',
      'DROP TABLE "evaluation_forms"',
    ],
  },
  sqlite: {
    up: [
      'CREATE TABLE "evaluation_forms" ("id" varchar(36) PRIMARY KEY NOT NULL, "event_id" varchar(36) NOT NULL, "kind" varchar(16) NOT NULL, "title" varchar(200) NOT NULL, "anonymous" boolean NOT NULL, "questions" text NOT NULL, "status" varchar(16) NOT NULL, "updated_at" datetime NOT NULL, CONSTRAINT "uq_evaluation_forms_event_kind" UNIQUE ("event_id", "kind"), CONSTRAINT "fk_evaluation_forms_event" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'CREATE TABLE "evaluation_answers" ("id" varchar(36) PRIMARY KEY NOT NULL, "form_id" varchar(36) NOT NULL, "session_id" varchar(36), "person_id" varchar(36), "country" varchar(2), "values" text NOT NULL, "submitted_at" datetime, CONSTRAINT "fk_evaluation_answers_form" FOREIGN KEY ("form_id") REFERENCES "evaluation_forms" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_evaluation_answers_session" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_evaluation_answers_person" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'CREATE INDEX "ix_evaluation_answers_form" ON "evaluation_answers" ("form_id")',
      'CREATE TABLE "evaluation_receipts" ("id" varchar(36) PRIMARY KEY NOT NULL, "form_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "session_id" varchar(36), "scope" varchar(36) NOT NULL, "created_at" datetime NOT NULL, CONSTRAINT "uq_evaluation_receipts_answer" UNIQUE ("form_id", "person_id", "scope"), CONSTRAINT "fk_evaluation_receipts_form" FOREIGN KEY ("form_id") REFERENCES "evaluation_forms" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_evaluation_receipts_person" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_evaluation_receipts_session" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    ],
    down: [
      'DROP TABLE "evaluation_receipts"',
      'DROP INDEX "ix_evaluation_answers_form"',
      'DROP TABLE "evaluation_answers"',
      'DROP TABLE "evaluation_forms"',
    ],
  },
};
