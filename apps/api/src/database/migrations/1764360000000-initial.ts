import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from './dialect';

/** Events, people, roles, invitations, the agenda and announcements. */
export class Initial1764360000000 implements MigrationInterface {
  name = 'Initial1764360000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of STATEMENTS[dialectOf(queryRunner)].up)
      await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of STATEMENTS[dialectOf(queryRunner)].down)
      await queryRunner.query(statement);
  }
}

const STATEMENTS = {
  postgres: {
    up: [
      'CREATE TABLE "events" ("id" character varying(36) NOT NULL, "slug" character varying(100) NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT \'\', "timezone" character varying(64) NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "venue" character varying(200) NOT NULL DEFAULT \'\', "created_at" TIMESTAMP NOT NULL, CONSTRAINT "UQ_05bd884c03d3f424e2204bd14cd" UNIQUE ("slug"), CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id"))',
      'CREATE TABLE "people" ("id" character varying(36) NOT NULL, "name" character varying(200) NOT NULL, "email" character varying(320), "country" character varying(2) NOT NULL, "organisation" character varying(200) NOT NULL DEFAULT \'\', "category" character varying(32) NOT NULL, "attendance_mode" character varying(16) NOT NULL, "locale" character varying(8) NOT NULL DEFAULT \'en\', "timezone" character varying(64) NOT NULL, "created_at" TIMESTAMP NOT NULL, CONSTRAINT "UQ_c77e8752faa45901af2b245dff2" UNIQUE ("email"), CONSTRAINT "PK_aa866e71353ee94c6cc51059c5b" PRIMARY KEY ("id"))',
      'CREATE TABLE "session_people" ("session_id" character varying(36) NOT NULL, "person_id" character varying(36) NOT NULL, "role" character varying(16) NOT NULL, "position" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_c93b42e49d4159921e5e28e126d" PRIMARY KEY ("session_id", "person_id", "role"))',
      'CREATE INDEX "ix_session_people_person" ON "session_people" ("person_id")',
      'CREATE TABLE "sessions" ("id" character varying(36) NOT NULL, "event_id" character varying(36) NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT \'\', "kind" character varying(24) NOT NULL, "starts_at" TIMESTAMP NOT NULL, "ends_at" TIMESTAMP NOT NULL, "room" character varying(100), "streamed" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
      'CREATE INDEX "ix_sessions_event_start" ON "sessions" ("event_id", "starts_at")',
      'CREATE TABLE "announcements" ("id" character varying(36) NOT NULL, "event_id" character varying(36) NOT NULL, "session_id" character varying(36), "author_id" character varying(36) NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_b3ad760876ff2e19d58e05dc8b0" PRIMARY KEY ("id"))',
      'CREATE INDEX "ix_announcements_event_created" ON "announcements" ("event_id", "created_at")',
      'CREATE TABLE "event_roles" ("id" character varying(36) NOT NULL, "event_id" character varying(36) NOT NULL, "person_id" character varying(36) NOT NULL, "role" character varying(16) NOT NULL, CONSTRAINT "uq_event_roles_event_person_role" UNIQUE ("event_id", "person_id", "role"), CONSTRAINT "PK_5b00612dd136a41e58dbe024c51" PRIMARY KEY ("id"))',
      'CREATE INDEX "ix_event_roles_person" ON "event_roles" ("person_id")',
      'CREATE TABLE "invitations" ("id" character varying(36) NOT NULL, "event_id" character varying(36) NOT NULL, "person_id" character varying(36) NOT NULL, "created_at" TIMESTAMP NOT NULL, "revoked_at" TIMESTAMP, "last_used_at" TIMESTAMP, CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))',
      'CREATE INDEX "ix_invitations_person" ON "invitations" ("person_id")',
      'ALTER TABLE "session_people" ADD CONSTRAINT "fk_session_people_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "session_people" ADD CONSTRAINT "fk_session_people_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "sessions" ADD CONSTRAINT "fk_sessions_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "announcements" ADD CONSTRAINT "fk_announcements_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "announcements" ADD CONSTRAINT "fk_announcements_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "announcements" ADD CONSTRAINT "fk_announcements_author" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "event_roles" ADD CONSTRAINT "fk_event_roles_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "event_roles" ADD CONSTRAINT "fk_event_roles_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "invitations" ADD CONSTRAINT "fk_invitations_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "invitations" ADD CONSTRAINT "fk_invitations_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    ],
    down: [
      'ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_person"',
      'ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_event"',
      'ALTER TABLE "event_roles" DROP CONSTRAINT "fk_event_roles_person"',
      'ALTER TABLE "event_roles" DROP CONSTRAINT "fk_event_roles_event"',
      'ALTER TABLE "announcements" DROP CONSTRAINT "fk_announcements_author"',
      'ALTER TABLE "announcements" DROP CONSTRAINT "fk_announcements_session"',
      'ALTER TABLE "announcements" DROP CONSTRAINT "fk_announcements_event"',
      'ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_event"',
      'ALTER TABLE "session_people" DROP CONSTRAINT "fk_session_people_person"',
      'ALTER TABLE "session_people" DROP CONSTRAINT "fk_session_people_session"',
      'DROP INDEX "public"."ix_invitations_person"',
      'DROP TABLE "invitations"',
      'DROP INDEX "public"."ix_event_roles_person"',
      'DROP TABLE "event_roles"',
      'DROP INDEX "public"."ix_announcements_event_created"',
      'DROP TABLE "announcements"',
      'DROP INDEX "public"."ix_sessions_event_start"',
      'DROP TABLE "sessions"',
      'DROP INDEX "public"."ix_session_people_person"',
      'DROP TABLE "session_people"',
      'DROP TABLE "people"',
      'DROP TABLE "events"',
    ],
  },
  sqlite: {
    up: [
      'CREATE TABLE "events" ("id" varchar(36) PRIMARY KEY NOT NULL, "slug" varchar(100) NOT NULL, "title" varchar(200) NOT NULL, "description" text NOT NULL DEFAULT (\'\'), "timezone" varchar(64) NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "venue" varchar(200) NOT NULL DEFAULT (\'\'), "created_at" datetime NOT NULL, CONSTRAINT "UQ_05bd884c03d3f424e2204bd14cd" UNIQUE ("slug"))',
      'CREATE TABLE "people" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(320), "country" varchar(2) NOT NULL, "organisation" varchar(200) NOT NULL DEFAULT (\'\'), "category" varchar(32) NOT NULL, "attendance_mode" varchar(16) NOT NULL, "locale" varchar(8) NOT NULL DEFAULT (\'en\'), "timezone" varchar(64) NOT NULL, "created_at" datetime NOT NULL, CONSTRAINT "UQ_c77e8752faa45901af2b245dff2" UNIQUE ("email"))',
      'CREATE TABLE "sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "event_id" varchar(36) NOT NULL, "title" varchar(200) NOT NULL, "description" text NOT NULL DEFAULT (\'\'), "kind" varchar(24) NOT NULL, "starts_at" datetime NOT NULL, "ends_at" datetime NOT NULL, "room" varchar(100), "streamed" boolean NOT NULL DEFAULT (1), CONSTRAINT "fk_sessions_event" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'CREATE INDEX "ix_sessions_event_start" ON "sessions" ("event_id", "starts_at")',
      'CREATE TABLE "session_people" ("session_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "role" varchar(16) NOT NULL, "position" integer NOT NULL DEFAULT (0), CONSTRAINT "fk_session_people_session" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_session_people_person" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("session_id", "person_id", "role"))',
      'CREATE INDEX "ix_session_people_person" ON "session_people" ("person_id")',
      'CREATE TABLE "announcements" ("id" varchar(36) PRIMARY KEY NOT NULL, "event_id" varchar(36) NOT NULL, "session_id" varchar(36), "author_id" varchar(36) NOT NULL, "text" text NOT NULL, "created_at" datetime NOT NULL, CONSTRAINT "fk_announcements_event" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_announcements_session" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_announcements_author" FOREIGN KEY ("author_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'CREATE INDEX "ix_announcements_event_created" ON "announcements" ("event_id", "created_at")',
      'CREATE TABLE "event_roles" ("id" varchar(36) PRIMARY KEY NOT NULL, "event_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "role" varchar(16) NOT NULL, CONSTRAINT "uq_event_roles_event_person_role" UNIQUE ("event_id", "person_id", "role"), CONSTRAINT "fk_event_roles_event" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_event_roles_person" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'CREATE INDEX "ix_event_roles_person" ON "event_roles" ("person_id")',
      'CREATE TABLE "invitations" ("id" varchar(36) PRIMARY KEY NOT NULL, "event_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL, "revoked_at" datetime, "last_used_at" datetime, CONSTRAINT "fk_invitations_event" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_invitations_person" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'CREATE INDEX "ix_invitations_person" ON "invitations" ("person_id")',
    ],
    down: [
      'DROP INDEX "ix_invitations_person"',
      'DROP TABLE "invitations"',
      'DROP INDEX "ix_event_roles_person"',
      'DROP TABLE "event_roles"',
      'DROP INDEX "ix_announcements_event_created"',
      'DROP TABLE "announcements"',
      'DROP INDEX "ix_session_people_person"',
      'DROP TABLE "session_people"',
      'DROP INDEX "ix_sessions_event_start"',
      'DROP TABLE "sessions"',
      'DROP TABLE "people"',
      'DROP TABLE "events"',
    ],
  },
};
