import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from './dialect';

export class Chat1795915787132 implements MigrationInterface {
  name = 'Chat1795915787132';

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
      'CREATE TABLE "chat_messages" ("id" character varying(36) NOT NULL, "session_id" character varying(36) NOT NULL, "author_id" character varying(36) NOT NULL, "text" character varying(500) NOT NULL, "sent_at" TIMESTAMP NOT NULL, "deleted_at" TIMESTAMP, "deleted_by" character varying(36), CONSTRAINT "PK_40c55ee0e571e268b0d3cd37d10" PRIMARY KEY ("id"))',
      'CREATE INDEX "ix_chat_messages_session" ON "chat_messages" ("session_id", "sent_at")',
      'CREATE TABLE "chat_mutes" ("session_id" character varying(36) NOT NULL, "person_id" character varying(36) NOT NULL, "muted_by" character varying(36) NOT NULL, "muted_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_597f90cee9815f06b14c61ba4df" PRIMARY KEY ("session_id", "person_id"))',
      'ALTER TABLE "chat_messages" ADD CONSTRAINT "fk_chat_messages_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "chat_messages" ADD CONSTRAINT "fk_chat_messages_author" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "chat_mutes" ADD CONSTRAINT "fk_chat_mutes_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "chat_mutes" ADD CONSTRAINT "fk_chat_mutes_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    ],
    down: [
      'ALTER TABLE "chat_mutes" DROP CONSTRAINT "fk_chat_mutes_person"',
      'ALTER TABLE "chat_mutes" DROP CONSTRAINT "fk_chat_mutes_session"',
      'ALTER TABLE "chat_messages" DROP CONSTRAINT "fk_chat_messages_author"',
      'ALTER TABLE "chat_messages" DROP CONSTRAINT "fk_chat_messages_session"',
      'DROP TABLE "chat_mutes"',
      'DROP INDEX "public"."ix_chat_messages_session"',
      'DROP TABLE "chat_messages"',
    ],
  },
  sqlite: {
    up: [
      'CREATE TABLE "chat_messages" ("id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "author_id" varchar(36) NOT NULL, "text" varchar(500) NOT NULL, "sent_at" datetime NOT NULL, "deleted_at" datetime, "deleted_by" varchar(36))',
      'CREATE INDEX "ix_chat_messages_session" ON "chat_messages" ("session_id", "sent_at")',
      'CREATE TABLE "chat_mutes" ("session_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "muted_by" varchar(36) NOT NULL, "muted_at" datetime NOT NULL, PRIMARY KEY ("session_id", "person_id"))',
      'DROP INDEX "ix_chat_messages_session"',
      'CREATE TABLE "temporary_chat_messages" ("id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "author_id" varchar(36) NOT NULL, "text" varchar(500) NOT NULL, "sent_at" datetime NOT NULL, "deleted_at" datetime, "deleted_by" varchar(36), CONSTRAINT "fk_chat_messages_session" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_chat_messages_author" FOREIGN KEY ("author_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'INSERT INTO "temporary_chat_messages"("id", "session_id", "author_id", "text", "sent_at", "deleted_at", "deleted_by") SELECT "id", "session_id", "author_id", "text", "sent_at", "deleted_at", "deleted_by" FROM "chat_messages"',
      'DROP TABLE "chat_messages"',
      'ALTER TABLE "temporary_chat_messages" RENAME TO "chat_messages"',
      'CREATE INDEX "ix_chat_messages_session" ON "chat_messages" ("session_id", "sent_at")',
      'CREATE TABLE "temporary_chat_mutes" ("session_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "muted_by" varchar(36) NOT NULL, "muted_at" datetime NOT NULL, CONSTRAINT "fk_chat_mutes_session" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_chat_mutes_person" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("session_id", "person_id"))',
      'INSERT INTO "temporary_chat_mutes"("session_id", "person_id", "muted_by", "muted_at") SELECT "session_id", "person_id", "muted_by", "muted_at" FROM "chat_mutes"',
      'DROP TABLE "chat_mutes"',
      'ALTER TABLE "temporary_chat_mutes" RENAME TO "chat_mutes"',
    ],
    down: [
      'ALTER TABLE "chat_mutes" RENAME TO "temporary_chat_mutes"',
      'CREATE TABLE "chat_mutes" ("session_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "muted_by" varchar(36) NOT NULL, "muted_at" datetime NOT NULL, PRIMARY KEY ("session_id", "person_id"))',
      'INSERT INTO "chat_mutes"("session_id", "person_id", "muted_by", "muted_at") SELECT "session_id", "person_id", "muted_by", "muted_at" FROM "temporary_chat_mutes"',
      'DROP TABLE "temporary_chat_mutes"',
      'DROP INDEX "ix_chat_messages_session"',
      'ALTER TABLE "chat_messages" RENAME TO "temporary_chat_messages"',
      'CREATE TABLE "chat_messages" ("id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "author_id" varchar(36) NOT NULL, "text" varchar(500) NOT NULL, "sent_at" datetime NOT NULL, "deleted_at" datetime, "deleted_by" varchar(36))',
      'INSERT INTO "chat_messages"("id", "session_id", "author_id", "text", "sent_at", "deleted_at", "deleted_by") SELECT "id", "session_id", "author_id", "text", "sent_at", "deleted_at", "deleted_by" FROM "temporary_chat_messages"',
      'DROP TABLE "temporary_chat_messages"',
      'CREATE INDEX "ix_chat_messages_session" ON "chat_messages" ("session_id", "sent_at")',
      'DROP TABLE "chat_mutes"',
      'DROP INDEX "ix_chat_messages_session"',
      'DROP TABLE "chat_messages"',
    ],
  },
};
