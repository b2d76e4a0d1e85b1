import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from './dialect';

export class Certificates1796419864115 implements MigrationInterface {
  name = 'Certificates1796419864115';

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
      'CREATE TABLE "certificates" ("code" character varying(16) NOT NULL, "person_id" character varying(36) NOT NULL, "event_id" character varying(36) NOT NULL, "issued_at" TIMESTAMP NOT NULL, CONSTRAINT "uq_certificates_person" UNIQUE ("person_id"), CONSTRAINT "PK_e9e6937f74d9a653f0fc3299132" PRIMARY KEY ("code"))',
      'ALTER TABLE "certificates" ADD CONSTRAINT "fk_certificates_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "certificates" ADD CONSTRAINT "fk_certificates_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    ],
    down: [
      'ALTER TABLE "certificates" DROP CONSTRAINT "fk_certificates_event"',
      'ALTER TABLE "certificates" DROP CONSTRAINT "fk_certificates_person"',
      'DROP TABLE "certificates"',
    ],
  },
  sqlite: {
    up: [
      'CREATE TABLE "certificates" ("code" varchar(16) PRIMARY KEY NOT NULL, "person_id" varchar(36) NOT NULL, "event_id" varchar(36) NOT NULL, "issued_at" datetime NOT NULL, CONSTRAINT "uq_certificates_person" UNIQUE ("person_id"), CONSTRAINT "fk_certificates_person" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_certificates_event" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    ],
    down: ['DROP TABLE "certificates"'],
  },
};
