import type { EvaluationFormStatus, EvaluationKind, EvaluationQuestion } from '@hadir/contracts';
import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { EventEntity } from '../../events/entities/event.entity';

/** An event's session feedback form or its programme evaluation: at most one of each. */
@Entity('evaluation_forms')
@Unique('uq_evaluation_forms_event_kind', ['eventId', 'kind'])
export class EvaluationFormEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_evaluation_forms_event' })
  event?: Relation<EventEntity>;

  @Column({ type: 'varchar', length: 16 })
  kind: EvaluationKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'boolean' })
  anonymous: boolean;

  @Column({ type: 'simple-json' })
  questions: EvaluationQuestion[];

  @Column({ type: 'varchar', length: 16 })
  status: EvaluationFormStatus;

  @Column({ name: 'updated_at' })
  updatedAt: Date;
}
