import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { SessionEntity } from '../../events/entities/session.entity';
import { ActionPlanEntity } from './action-plan.entity';

/** The plan a session's room display shows, presented by a participant or a facilitator. */
@Entity('shown_plans')
export class ShownPlanEntity {
  @PrimaryColumn({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_shown_plans_session' })
  session?: Relation<SessionEntity>;

  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId: string;

  @ManyToOne(() => ActionPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_shown_plans_plan' })
  plan?: Relation<ActionPlanEntity>;

  @Column({ name: 'shown_by', type: 'varchar', length: 36 })
  shownBy: string;

  @Column({ name: 'shown_at' })
  shownAt: Date;
}
