import type { QueryRunner } from 'typeorm';

/**
 * Migrations carry SQL for each driver (what TypeORM generates from the entities), because one
 * driver-neutral description cannot produce both dialects exactly; the schema test proves each
 * side matches the entities.
 */
export function dialectOf(queryRunner: QueryRunner): 'postgres' | 'sqlite' {
  return queryRunner.connection.options.type === 'postgres' ? 'postgres' : 'sqlite';
}
