import type { PlanStep } from '@hadir/contracts';
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

/** The plan's history: each step of its review, with the text reviewed when a reviewer decided. */
@Entity('plan_steps')
@Index('ix_plan_steps_plan', ['planId', 'at'])
export class PlanStepEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId: string;

  @ManyToOne(() => ActionPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_plan_steps_plan' })
  plan?: Relation<ActionPlanEntity>;

  @Column({ type: 'varchar', length: 24 })
  kind: PlanStep['kind'];

  @Column({ name: 'by_id', type: 'varchar', length: 36 })
  byId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'by_id', foreignKeyConstraintName: 'fk_plan_steps_by' })
  by?: Relation<PersonEntity>;

  @Column()
  at: Date;

  /** JSON of every section's text, for a reviewer's decision; null for the authors' steps. */
  @Column({ type: 'text', nullable: true })
  snapshot: string | null;
}
