import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from './dialect';

export class QnaSettingsName1796422033576 implements MigrationInterface {
  name = 'QnaSettingsName1796422033576';

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

// The table takes the feature's name. Renamed with its rows, never recreated empty.
const STATEMENTS = {
  postgres: {
    up: [
      'ALTER TABLE "qa_settings" RENAME TO "qna_settings"',
      'ALTER TABLE "qna_settings" RENAME CONSTRAINT "PK_3f62ee77b47483460772cac31c9" TO "PK_ea1d43751addcbebaa453e5a1a0"',
      'ALTER TABLE "qna_settings" RENAME CONSTRAINT "fk_qa_settings_session" TO "fk_qna_settings_session"',
    ],
    down: [
      'ALTER TABLE "qna_settings" RENAME CONSTRAINT "fk_qna_settings_session" TO "fk_qa_settings_session"',
      'ALTER TABLE "qna_settings" RENAME CONSTRAINT "PK_ea1d43751addcbebaa453e5a1a0" TO "PK_3f62ee77b47483460772cac31c9"',
      'ALTER TABLE "qna_settings" RENAME TO "qa_settings"',
    ],
  },
  // SQLite keeps a foreign key's name in the table's definition: the table is copied under the new one.
  sqlite: {
    up: [
      'CREATE TABLE "qna_settings" ("session_id" varchar(36) PRIMARY KEY NOT NULL, "moderated" boolean NOT NULL, "reveal_anonymous_to_staff" boolean NOT NULL, CONSTRAINT "fk_qna_settings_session" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'INSERT INTO "qna_settings"("session_id", "moderated", "reveal_anonymous_to_staff") SELECT "session_id", "moderated", "reveal_anonymous_to_staff" FROM "qa_settings"',
      'DROP TABLE "qa_settings"',
    ],
    down: [
      'CREATE TABLE "qa_settings" ("session_id" varchar(36) PRIMARY KEY NOT NULL, "moderated" boolean NOT NULL, "reveal_anonymous_to_staff" boolean NOT NULL, CONSTRAINT "fk_qa_settings_session" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'INSERT INTO "qa_settings"("session_id", "moderated", "reveal_anonymous_to_staff") SELECT "session_id", "moderated", "reveal_anonymous_to_staff" FROM "qna_settings"',
      'DROP TABLE "qna_settings"',
    ],
  },
};
