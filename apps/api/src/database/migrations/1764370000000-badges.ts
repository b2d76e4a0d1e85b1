import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from './dialect';

/** Badge codes: what a badge's QR code holds, looked up at check-in. */
export class Badges1764370000000 implements MigrationInterface {
  name = 'Badges1764370000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of STATEMENTS[dialectOf(queryRunner)].up)
      await queryRunner.query(statement);
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
      'CREATE TABLE "badges" ("id" character varying(36) NOT NULL, "code" character varying(32) NOT NULL, "event_id" character varying(36) NOT NULL, "person_id" character varying(36) NOT NULL, "created_at" TIMESTAMP NOT NULL, "revoked_at" TIMESTAMP, CONSTRAINT "UQ_48fe47e292737e09162b08c4f7c" UNIQUE ("code"), CONSTRAINT "PK_8a651318b8de577e8e217676466" PRIMARY KEY ("id"))',
      'CREATE INDEX "ix_badges_event_person" ON "badges" ("event_id", "person_id")',
      'ALTER TABLE "badges" ADD CONSTRAINT "fk_badges_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "badges" ADD CONSTRAINT "fk_badges_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    ],
    down: [
      'ALTER TABLE "badges" DROP CONSTRAINT "fk_badges_person"',
      'ALTER TABLE "badges" DROP CONSTRAINT "fk_badges_event"',
      'DROP INDEX "public"."ix_badges_event_person"',
      'DROP TABLE "badges"',
    ],
  },
  sqlite: {
    up: [
      'CREATE TABLE "badges" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(32) NOT NULL, "event_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL, "revoked_at" datetime, CONSTRAINT "UQ_48fe47e292737e09162b08c4f7c" UNIQUE ("code"), CONSTRAINT "fk_badges_event" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_badges_person" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'CREATE INDEX "ix_badges_event_person" ON "badges" ("event_id", "person_id")',
    ],
    down: ['DROP INDEX "ix_badges_event_person"', 'DROP TABLE "badges"'],
  },
};
