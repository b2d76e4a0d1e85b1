import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from './dialect';

export class PollOnDisplay1796319943249 implements MigrationInterface {
  name = 'PollOnDisplay1796319943249';

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
    up: ['ALTER TABLE "polls" ADD "shown_at" TIMESTAMP'],
    down: ['ALTER TABLE "polls" DROP COLUMN "shown_at"'],
  },
  // ADD and DROP COLUMN in place: rebuilding the table would, going down, rename it away from
  // under poll_responses' foreign key.
  sqlite: {
    up: ['ALTER TABLE "polls" ADD COLUMN "shown_at" datetime'],
    down: ['ALTER TABLE "polls" DROP COLUMN "shown_at"'],
  },
};
