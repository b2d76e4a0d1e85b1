import type { PlanScope, PlanStatus } from '@hadir/contracts';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { EventEntity } from '../../events/entities/event.entity';
import { PersonEntity } from '../../identity/entities/person.entity';

/** One plan: a person's own, or their country delegation's, written together. */
@Entity('action_plans')
@Unique('uq_action_plans_owner', ['eventId', 'ownerKey'])
@Index('ix_action_plans_event', ['eventId', 'country'])
export class ActionPlanEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_action_plans_event' })
  event?: Relation<EventEntity>;

  @Column({ type: 'varchar', length: 16 })
  scope: PlanScope;

  @Column({ type: 'varchar', length: 2 })
  country: string;

  @Column({ name: 'owner_id', type: 'varchar', length: 36, nullable: true })
  ownerId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_action_plans_owner' })
  owner?: Relation<PersonEntity> | null;

  /** `person:<id>` or `delegation:<country>`: the unique key makes a second start return the first. */
  @Column({ name: 'owner_key', type: 'varchar', length: 60 })
  ownerKey: string;

  @Column({ type: 'varchar', length: 24 })
  status: PlanStatus;

  @Column({ name: 'created_at' })
  createdAt: Date;

  @Column({ name: 'updated_at' })
  updatedAt: Date;
}
