import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from './dialect';

export class StageInvitations1795924000000 implements MigrationInterface {
  name = 'StageInvitations1795924000000';

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
      'CREATE TABLE "stage_invitations" ("session_id" character varying(36) NOT NULL, "person_id" character varying(36) NOT NULL, "invited_by" character varying(36) NOT NULL, "invited_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_stage_invitations" PRIMARY KEY ("session_id", "person_id"))',
      'ALTER TABLE "stage_invitations" ADD CONSTRAINT "fk_stage_invitations_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "stage_invitations" ADD CONSTRAINT "fk_stage_invitations_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    ],
    down: [
      'ALTER TABLE "stage_invitations" DROP CONSTRAINT "fk_stage_invitations_person"',
      'ALTER TABLE "stage_invitations" DROP CONSTRAINT "fk_stage_invitations_session"',
      'DROP TABLE "stage_invitations"',
    ],
  },
  sqlite: {
    up: [
      'CREATE TABLE "stage_invitations" ("session_id" varchar(36) NOT NULL, "person_id" varchar(36) NOT NULL, "invited_by" varchar(36) NOT NULL, "invited_at" datetime NOT NULL, CONSTRAINT "fk_stage_invitations_session" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_stage_invitations_person" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("session_id", "person_id"))',
    ],
    down: ['DROP TABLE "stage_invitations"'],
  },
};
