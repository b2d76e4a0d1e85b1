import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from './dialect';

export class Polls1795915242893 implements MigrationInterface {
  name = 'Polls1795915242893';

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
      'CREATE TABLE "polls" ("id" character varying(36) NOT NULL, "session_id" character varying(36) NOT NULL, "question" character varying(300) NOT NULL, "kind" character varying(16) NOT NULL, "options" text NOT NULL, "scale_max" integer, "correct_option_id" character varying(8), "status" character varying(8) NOT NULL, "results_visibility" character varying(16) NOT NULL, "anonymous" boolean NOT NULL, "allow_change" boolean NOT NULL, "created_by" character varying(36) NOT NULL, "created_at" TIMESTAMP NOT NULL, "opened_at" TIMESTAMP, "closed_at" TIMESTAMP, CONSTRAINT "PK_b9bbb8fc7b142553c518ddffbb6" PRIMARY KEY ("id"))',
      'CREATE INDEX "ix_polls_session" ON "polls" ("session_id", "created_at")',
      'CREATE TABLE "poll_responses" ("poll_id" character varying(36) NOT NULL, "person_id" character varying(36) NOT NULL, "answer_id" character varying(36) NOT NULL, "option_ids" text NOT NULL, "rating" integer, "text" character varying(280), "answered_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_a1c607e08e3fe13926629a0d5b2" PRIMARY KEY ("poll_id", "person_id"))',
      'ALTER TABLE "polls" ADD CONSTRAINT "fk_polls_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "poll_responses" ADD CONSTRAINT "fk_poll_responses_poll" FOREIGN KEY ("poll_id") REFERENCES "polls"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "poll_responses" ADD CONSTRAINT "fk_poll_responses_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    ],
    down: [
      'ALTER TABLE "poll_responses" DROP CONSTRAINT "fk_poll_responses_person"',
      'ALTER TABLE "poll_responses" DROP CONSTRAINT "fk_poll_responses_poll"',
      'ALTER TABLE "polls" DROP CONSTRAINT "fk_polls_session"',
      'DROP TABLE "poll_responses"',
      'DROP INDEX "public"."ix_polls_session"',
      'DROP TABLE "polls"',
    ],
  },
  sqlite: {
    up: [
      'CREATE TABLE "polls" ("id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "question" varchar(300) NOT NULL, "kind" varchar(16) NOT NULL, "options" text NOT NULL, "scale_max" integer, "correct_option_id" varchar(8), "status" varchar(8) NOT NULL, "results_visibility" varchar(16) NOT NULL, "anonymous" boolean NOT NULL, "allow_change" boolean NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" datetime NOT NULL, "opened_at" datetime, "closed_at" datetime)',
      'CREATE INDEX "ix_polls_session" ON "polls" ("session_id", "created_at")',
      'CREATE TABLE "poll_responses" ("poll_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "answer_id" varchar(36) NOT NULL, "option_ids" text NOT NULL, "rating" integer, "text" varchar(280), "answered_at" datetime NOT NULL, PRIMARY KEY ("poll_id", "person_id"))',
      'DROP INDEX "ix_polls_session"',
      'CREATE TABLE "temporary_polls" ("id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "question" varchar(300) NOT NULL, "kind" varchar(16) NOT NULL, "options" text NOT NULL, "scale_max" integer, "correct_option_id" varchar(8), "status" varchar(8) NOT NULL, "results_visibility" varchar(16) NOT NULL, "anonymous" boolean NOT NULL, "allow_change" boolean NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" datetime NOT NULL, "opened_at" datetime, "closed_at" datetime, CONSTRAINT "fk_polls_session" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'INSERT INTO "temporary_polls"("id", "session_id", "question", "kind", "options", "scale_max", "correct_option_id", "status", "results_visibility", "anonymous", "allow_change", "created_by", "created_at", "opened_at", "closed_at") SELECT "id", "session_id", "question", "kind", "options", "scale_max", "correct_option_id", "status", "results_visibility", "anonymous", "allow_change", "created_by", "created_at", "opened_at", "closed_at" FROM "polls"',
      'DROP TABLE "polls"',
      'ALTER TABLE "temporary_polls" RENAME TO "polls"',
      'CREATE INDEX "ix_polls_session" ON "polls" ("session_id", "created_at")',
      'CREATE TABLE "temporary_poll_responses" ("poll_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "answer_id" varchar(36) NOT NULL, "option_ids" text NOT NULL, "rating" integer, "text" varchar(280), "answered_at" datetime NOT NULL, CONSTRAINT "fk_poll_responses_poll" FOREIGN KEY ("poll_id") REFERENCES "polls" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_poll_responses_person" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("poll_id", "person_id"))',
      'INSERT INTO "temporary_poll_responses"("poll_id", "person_id", "answer_id", "option_ids", "rating", "text", "answered_at") SELECT "poll_id", "person_id", "answer_id", "option_ids", "rating", "text", "answered_at" FROM "poll_responses"',
      'DROP TABLE "poll_responses"',
      'ALTER TABLE "temporary_poll_responses" RENAME TO "poll_responses"',
    ],
    down: [
      'ALTER TABLE "poll_responses" RENAME TO "temporary_poll_responses"',
      'CREATE TABLE "poll_responses" ("poll_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "answer_id" varchar(36) NOT NULL, "option_ids" text NOT NULL, "rating" integer, "text" varchar(280), "answered_at" datetime NOT NULL, PRIMARY KEY ("poll_id", "person_id"))',
      'INSERT INTO "poll_responses"("poll_id", "person_id", "answer_id", "option_ids", "rating", "text", "answered_at") SELECT "poll_id", "person_id", "answer_id", "option_ids", "rating", "text", "answered_at" FROM "temporary_poll_responses"',
      'DROP TABLE "temporary_poll_responses"',
      'DROP INDEX "ix_polls_session"',
      'ALTER TABLE "polls" RENAME TO "temporary_polls"',
      'CREATE TABLE "polls" ("id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "question" varchar(300) NOT NULL, "kind" varchar(16) NOT NULL, "options" text NOT NULL, "scale_max" integer, "correct_option_id" varchar(8), "status" varchar(8) NOT NULL, "results_visibility" varchar(16) NOT NULL, "anonymous" boolean NOT NULL, "allow_change" boolean NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" datetime NOT NULL, "opened_at" datetime, "closed_at" datetime)',
      'INSERT INTO "polls"("id", "session_id", "question", "kind", "options", "scale_max", "correct_option_id", "status", "results_visibility", "anonymous", "allow_change", "created_by", "created_at", "opened_at", "closed_at") SELECT "id", "session_id", "question", "kind", "options", "scale_max", "correct_option_id", "status", "results_visibility", "anonymous", "allow_change", "created_by", "created_at", "opened_at", "closed_at" FROM "temporary_polls"',
      'DROP TABLE "temporary_polls"',
      'CREATE INDEX "ix_polls_session" ON "polls" ("session_id", "created_at")',
      'DROP TABLE "poll_responses"',
      'DROP INDEX "ix_polls_session"',
      'DROP TABLE "polls"',
    ],
  },
};
