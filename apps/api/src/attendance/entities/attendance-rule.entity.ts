import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { EventEntity } from '../../events/entities/event.entity';

/** An event's certificate rule, when its organisers changed the default. */
@Entity('attendance_rules')
export class AttendanceRuleEntity {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_attendance_rules_event' })
  event?: Relation<EventEntity>;

  /** A certificate for at least this share of the counted sessions' time. */
  @Column({ name: 'certificate_percent', type: 'integer' })
  certificatePercent: number;

  @Column({ name: 'updated_by', type: 'varchar', length: 36 })
  updatedBy: string;

  @Column({ name: 'updated_at' })
  updatedAt: Date;
}
