import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { EventEntity } from '../../events/entities/event.entity';
import { SessionEntity } from '../../events/entities/session.entity';
import { PersonEntity } from '../../identity/entities/person.entity';

/**
 * An organiser's correction of one person's record for one session, with its reason. Never
 * changed after it is made, except to be withdrawn (also with a reason): the history stays whole.
 */
@Entity('attendance_corrections')
@Index('ix_attendance_corrections_event', ['eventId', 'personId', 'sessionId'])
export class AttendanceCorrectionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_attendance_corrections_event' })
  event?: Relation<EventEntity>;

  @Column({ name: 'person_id', type: 'varchar', length: 36 })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_attendance_corrections_person' })
  person?: Relation<PersonEntity>;

  @Column({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_attendance_corrections_session' })
  session?: Relation<SessionEntity>;

  @Column({ type: 'varchar', length: 8 })
  kind: 'present' | 'absent';

  @Column({ type: 'varchar', length: 16, nullable: true })
  mode: 'in_person' | 'remote' | null;

  @Column({ name: 'from_at', type: Date, nullable: true })
  fromAt: Date | null;

  @Column({ name: 'to_at', type: Date, nullable: true })
  toAt: Date | null;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_attendance_corrections_author' })
  author?: Relation<PersonEntity>;

  @Column({ name: 'created_at' })
  createdAt: Date;

  @Column({ name: 'withdrawn_at', type: Date, nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'withdrawn_by', type: 'varchar', length: 36, nullable: true })
  withdrawnBy: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'withdrawn_by',
    foreignKeyConstraintName: 'fk_attendance_corrections_withdrawer',
  })
  withdrawer?: Relation<PersonEntity> | null;

  @Column({ name: 'withdraw_reason', type: 'varchar', length: 500, nullable: true })
  withdrawReason: string | null;
}
