import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from './dialect';

export class SessionInteraction1795914177036 implements MigrationInterface {
  name = 'SessionInteraction1795914177036';

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
      'CREATE TABLE "qa_settings" ("session_id" character varying(36) NOT NULL, "moderated" boolean NOT NULL, "reveal_anonymous_to_staff" boolean NOT NULL, CONSTRAINT "PK_3f62ee77b47483460772cac31c9" PRIMARY KEY ("session_id"))',
      'CREATE TABLE "questions" ("id" character varying(36) NOT NULL, "session_id" character varying(36) NOT NULL, "author_id" character varying(36) NOT NULL, "text" character varying(500) NOT NULL, "anonymous" boolean NOT NULL DEFAULT false, "status" character varying(16) NOT NULL, "pinned" boolean NOT NULL DEFAULT false, "votes" integer NOT NULL DEFAULT \'0\', "reply_text" character varying(1000), "reply_by" character varying(36), "replied_at" TIMESTAMP, "created_at" TIMESTAMP NOT NULL, "updated_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_08a6d4b0f49ff300bf3a0ca60ac" PRIMARY KEY ("id"))',
      'CREATE INDEX "ix_questions_session_author" ON "questions" ("session_id", "author_id", "created_at")',
      'CREATE INDEX "ix_questions_session" ON "questions" ("session_id", "created_at")',
      'CREATE TABLE "question_votes" ("question_id" character varying(36) NOT NULL, "person_id" character varying(36) NOT NULL, "vote_id" character varying(36) NOT NULL, "created_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_875a400ab3098c69fdcee947931" PRIMARY KEY ("question_id", "person_id"))',
      'CREATE TABLE "raised_hands" ("session_id" character varying(36) NOT NULL, "person_id" character varying(36) NOT NULL, "raised_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_63e4074405e79ca7721bcac72e1" PRIMARY KEY ("session_id", "person_id"))',
      'ALTER TABLE "qa_settings" ADD CONSTRAINT "fk_qa_settings_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "questions" ADD CONSTRAINT "fk_questions_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "questions" ADD CONSTRAINT "fk_questions_author" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "questions" ADD CONSTRAINT "fk_questions_reply_by" FOREIGN KEY ("reply_by") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
      'ALTER TABLE "question_votes" ADD CONSTRAINT "fk_question_votes_question" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "raised_hands" ADD CONSTRAINT "fk_raised_hands_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "raised_hands" ADD CONSTRAINT "fk_raised_hands_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    ],
    down: [
      'ALTER TABLE "raised_hands" DROP CONSTRAINT "fk_raised_hands_person"',
      'ALTER TABLE "raised_hands" DROP CONSTRAINT "fk_raised_hands_session"',
      'ALTER TABLE "question_votes" DROP CONSTRAINT "fk_question_votes_question"',
      'ALTER TABLE "questions" DROP CONSTRAINT "fk_questions_reply_by"',
      'ALTER TABLE "questions" DROP CONSTRAINT "fk_questions_author"',
      'ALTER TABLE "questions" DROP CONSTRAINT "fk_questions_session"',
      'ALTER TABLE "qa_settings" DROP CONSTRAINT "fk_qa_settings_session"',
      'DROP TABLE "raised_hands"',
      'DROP TABLE "question_votes"',
      'DROP INDEX "public"."ix_questions_session"',
      'DROP INDEX "public"."ix_questions_session_author"',
      'DROP TABLE "questions"',
      'DROP TABLE "qa_settings"',
    ],
  },
  sqlite: {
    up: [
      'CREATE TABLE "qa_settings" ("session_id" varchar(36) PRIMARY KEY NOT NULL, "moderated" boolean NOT NULL, "reveal_anonymous_to_staff" boolean NOT NULL)',
      'CREATE TABLE "questions" ("id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "author_id" varchar(36) NOT NULL, "text" varchar(500) NOT NULL, "anonymous" boolean NOT NULL DEFAULT (0), "status" varchar(16) NOT NULL, "pinned" boolean NOT NULL DEFAULT (0), "votes" integer NOT NULL DEFAULT (0), "reply_text" varchar(1000), "reply_by" varchar(36), "replied_at" datetime, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)',
      'CREATE INDEX "ix_questions_session_author" ON "questions" ("session_id", "author_id", "created_at")',
      'CREATE INDEX "ix_questions_session" ON "questions" ("session_id", "created_at")',
      'CREATE TABLE "question_votes" ("question_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "vote_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL, PRIMARY KEY ("question_id", "person_id"))',
      'CREATE TABLE "raised_hands" ("session_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "raised_at" datetime NOT NULL, PRIMARY KEY ("session_id", "person_id"))',
      'CREATE TABLE "temporary_qa_settings" ("session_id" varchar(36) PRIMARY KEY NOT NULL, "moderated" boolean NOT NULL, "reveal_anonymous_to_staff" boolean NOT NULL, CONSTRAINT "fk_qa_settings_session" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'INSERT INTO "temporary_qa_settings"("session_id", "moderated", "reveal_anonymous_to_staff") SELECT "session_id", "moderated", "reveal_anonymous_to_staff" FROM "qa_settings"',
      'DROP TABLE "qa_settings"',
      'ALTER TABLE "temporary_qa_settings" RENAME TO "qa_settings"',
      'DROP INDEX "ix_questions_session_author"',
      'DROP INDEX "ix_questions_session"',
      'CREATE TABLE "temporary_questions" ("id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "author_id" varchar(36) NOT NULL, "text" varchar(500) NOT NULL, "anonymous" boolean NOT NULL DEFAULT (0), "status" varchar(16) NOT NULL, "pinned" boolean NOT NULL DEFAULT (0), "votes" integer NOT NULL DEFAULT (0), "reply_text" varchar(1000), "reply_by" varchar(36), "replied_at" datetime, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL, CONSTRAINT "fk_questions_session" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_questions_author" FOREIGN KEY ("author_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_questions_reply_by" FOREIGN KEY ("reply_by") REFERENCES "people" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
      'INSERT INTO "temporary_questions"("id", "session_id", "author_id", "text", "anonymous", "status", "pinned", "votes", "reply_text", "reply_by", "replied_at", "created_at", "updated_at") SELECT "id", "session_id", "author_id", "text", "anonymous", "status", "pinned", "votes", "reply_text", "reply_by", "replied_at", "created_at", "updated_at" FROM "questions"',
      'DROP TABLE "questions"',
      'ALTER TABLE "temporary_questions" RENAME TO "questions"',
      'CREATE INDEX "ix_questions_session_author" ON "questions" ("session_id", "author_id", "created_at")',
      'CREATE INDEX "ix_questions_session" ON "questions" ("session_id", "created_at")',
      'CREATE TABLE "temporary_question_votes" ("question_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "vote_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL, CONSTRAINT "fk_question_votes_question" FOREIGN KEY ("question_id") REFERENCES "questions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("question_id", "person_id"))',
      'INSERT INTO "temporary_question_votes"("question_id", "person_id", "vote_id", "created_at") SELECT "question_id", "person_id", "vote_id", "created_at" FROM "question_votes"',
      'DROP TABLE "question_votes"',
      'ALTER TABLE "temporary_question_votes" RENAME TO "question_votes"',
      'CREATE TABLE "temporary_raised_hands" ("session_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "raised_at" datetime NOT NULL, CONSTRAINT "fk_raised_hands_session" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_raised_hands_person" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("session_id", "person_id"))',
      'INSERT INTO "temporary_raised_hands"("session_id", "person_id", "raised_at") SELECT "session_id", "person_id", "raised_at" FROM "raised_hands"',
      'DROP TABLE "raised_hands"',
      'ALTER TABLE "temporary_raised_hands" RENAME TO "raised_hands"',
    ],
    down: [
      'ALTER TABLE "raised_hands" RENAME TO "temporary_raised_hands"',
      'CREATE TABLE "raised_hands" ("session_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "raised_at" datetime NOT NULL, PRIMARY KEY ("session_id", "person_id"))',
      'INSERT INTO "raised_hands"("session_id", "person_id", "raised_at") SELECT "session_id", "person_id", "raised_at" FROM "temporary_raised_hands"',
      'DROP TABLE "temporary_raised_hands"',
      'ALTER TABLE "question_votes" RENAME TO "temporary_question_votes"',
      'CREATE TABLE "question_votes" ("question_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "vote_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL, PRIMARY KEY ("question_id", "person_id"))',
      'INSERT INTO "question_votes"("question_id", "person_id", "vote_id", "created_at") SELECT "question_id", "person_id", "vote_id", "created_at" FROM "temporary_question_votes"',
      'DROP TABLE "temporary_question_votes"',
      'DROP INDEX "ix_questions_session"',
      'DROP INDEX "ix_questions_session_author"',
      'ALTER TABLE "questions" RENAME TO "temporary_questions"',
      'CREATE TABLE "questions" ("id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "author_id" varchar(36) NOT NULL, "text" varchar(500) NOT NULL, "anonymous" boolean NOT NULL DEFAULT (0), "status" varchar(16) NOT NULL, "pinned" boolean NOT NULL DEFAULT (0), "votes" integer NOT NULL DEFAULT (0), "reply_text" varchar(1000), "reply_by" varchar(36), "replied_at" datetime, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)',
      'INSERT INTO "questions"("id", "session_id", "author_id", "text", "anonymous", "status", "pinned", "votes", "reply_text", "reply_by", "replied_at", "created_at", "updated_at") SELECT "id", "session_id", "author_id", "text", "anonymous", "status", "pinned", "votes", "reply_text", "reply_by", "replied_at", "created_at", "updated_at" FROM "temporary_questions"',
      'DROP TABLE "temporary_questions"',
      'CREATE INDEX "ix_questions_session" ON "questions" ("session_id", "created_at")',
      'CREATE INDEX "ix_questions_session_author" ON "questions" ("session_id", "author_id", "created_at")',
      'ALTER TABLE "qa_settings" RENAME TO "temporary_qa_settings"',
      'CREATE TABLE "qa_settings" ("session_id" varchar(36) PRIMARY KEY NOT NULL, "moderated" boolean NOT NULL, "reveal_anonymous_to_staff" boolean NOT NULL)',
      'INSERT INTO "qa_settings"("session_id", "moderated", "reveal_anonymous_to_staff") SELECT "session_id", "moderated", "reveal_anonymous_to_staff" FROM "temporary_qa_settings"',
      'DROP TABLE "temporary_qa_settings"',
      'DROP TABLE "raised_hands"',
      'DROP TABLE "question_votes"',
      'DROP INDEX "ix_questions_session"',
      'DROP INDEX "ix_questions_session_author"',
      'DROP TABLE "questions"',
      'DROP TABLE "qa_settings"',
    ],
  },
};
