import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { PersonEntity } from '../../identity/entities/person.entity';
import { ActionPlanEntity } from './action-plan.entity';

/** An edit made on a version someone else had already replaced: kept until it is reconciled. */
@Entity('plan_conflicts')
@Index('ix_plan_conflicts_plan', ['planId'])
export class PlanConflictEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId: string;

  @ManyToOne(() => ActionPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_plan_conflicts_plan' })
  plan?: Relation<ActionPlanEntity>;

  @Column({ name: 'section_key', type: 'varchar', length: 40 })
  sectionKey: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'base_version', type: 'integer' })
  baseVersion: number;

  @Column({ name: 'author_id', type: 'varchar', length: 36 })
  authorId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_plan_conflicts_author' })
  author?: Relation<PersonEntity>;

  @Column({ name: 'created_at' })
  createdAt: Date;

  @Column({ name: 'resolved_at', type: Date, nullable: true })
  resolvedAt: Date | null;
}
