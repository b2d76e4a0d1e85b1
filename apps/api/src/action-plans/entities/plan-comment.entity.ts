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

/** A reviewer's comment on a section, or the authors' answer. */
@Entity('plan_comments')
@Index('ix_plan_comments_plan', ['planId', 'createdAt'])
export class PlanCommentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId: string;

  @ManyToOne(() => ActionPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_plan_comments_plan' })
  plan?: Relation<ActionPlanEntity>;

  @Column({ name: 'section_key', type: 'varchar', length: 40 })
  sectionKey: string;

  @Column({ name: 'author_id', type: 'varchar', length: 36 })
  authorId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_plan_comments_author' })
  author?: Relation<PersonEntity>;

  @Column({ type: 'boolean' })
  reviewer: boolean;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'created_at' })
  createdAt: Date;
}
