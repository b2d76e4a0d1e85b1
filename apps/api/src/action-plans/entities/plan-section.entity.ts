import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PersonEntity } from '../../identity/entities/person.entity';
import { ActionPlanEntity } from './action-plan.entity';

/**
 * A section's text and its version. An edit applies only on the version it was made on (a
 * conditional update), so of two people editing one section at once neither overwrites the other
 * unseen: the second becomes a conflict to reconcile.
 */
@Entity('plan_sections')
export class PlanSectionEntity {
  @PrimaryColumn({ name: 'plan_id', type: 'varchar', length: 36 })
  planId: string;

  @ManyToOne(() => ActionPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_plan_sections_plan' })
  plan?: Relation<ActionPlanEntity>;

  @PrimaryColumn({ name: 'section_key', type: 'varchar', length: 40 })
  sectionKey: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'updated_by', type: 'varchar', length: 36, nullable: true })
  updatedBy: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'fk_plan_sections_updated_by' })
  editor?: Relation<PersonEntity> | null;

  @Column({ name: 'updated_at', type: Date, nullable: true })
  updatedAt: Date | null;
}
