import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ActionPlanEntity } from './action-plan.entity';

/** Every edit's client id and what became of it, so a resent edit is answered, not applied again. */
@Entity('plan_edits')
export class PlanEditEntity {
  @PrimaryColumn({ name: 'edit_id', type: 'varchar', length: 36 })
  editId: string;

  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId: string;

  @ManyToOne(() => ActionPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_plan_edits_plan' })
  plan?: Relation<ActionPlanEntity>;

  @Column({ name: 'section_key', type: 'varchar', length: 40 })
  sectionKey: string;

  @Column({ name: 'author_id', type: 'varchar', length: 36 })
  authorId: string;

  /** Set when the edit could not apply. */
  @Column({ name: 'conflict_id', type: 'varchar', length: 36, nullable: true })
  conflictId: string | null;
}
