import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { EventEntity } from '../../events/entities/event.entity';

/** The sections an event's plans have; absent until an organiser changes the default. */
@Entity('plan_templates')
export class PlanTemplateEntity {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_plan_templates_event' })
  event?: Relation<EventEntity>;

  /** JSON: the section definitions, in order. */
  @Column({ type: 'text' })
  sections: string;

  @Column({ name: 'plans_public', type: 'boolean' })
  plansPublic: boolean;

  @Column({ name: 'updated_by', type: 'varchar', length: 36 })
  updatedBy: string;

  @Column({ name: 'updated_at' })
  updatedAt: Date;
}
