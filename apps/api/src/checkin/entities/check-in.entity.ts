import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import type { CheckInDirection, CheckInMethod, CheckInStatus } from '@hadir/contracts';
import { EventEntity } from '../../events/entities/event.entity';
import { PersonEntity } from '../../identity/entities/person.entity';

/** Every scan ever made, with what it was told: the check-in history. */
@Entity('check_ins')
@Index('ix_check_ins_event_day', ['eventId', 'day'])
export class CheckInEntity {
  /** The device's id for the scan: a replay finds this row and gets the same answer. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_check_ins_event' })
  event?: Relation<EventEntity>;

  /** Null when the badge matched nobody. */
  @Column({ name: 'person_id', type: 'varchar', length: 36, nullable: true })
  personId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_check_ins_person' })
  person?: Relation<PersonEntity>;

  @Column({ name: 'badge_code', type: 'varchar', length: 64, nullable: true })
  badgeCode: string | null;

  @Column({ type: 'varchar', length: 16 })
  method: CheckInMethod;

  @Column({ name: 'device_id', type: 'varchar', length: 64 })
  deviceId: string;

  /** Who was signed in on the device. */
  @Column({ name: 'recorded_by', type: 'varchar', length: 36 })
  recordedBy: string;

  /** The device's clock when the badge was scanned. */
  @Column({ name: 'scanned_at' })
  scannedAt: Date;

  @Column({ name: 'received_at' })
  receivedAt: Date;

  @Column({ type: 'date' })
  day: string;

  @Column({ name: 'session_id', type: 'varchar', length: 36, nullable: true })
  sessionId: string | null;

  @Column({ name: 'venue_room', type: 'varchar', length: 100, nullable: true })
  venueRoom: string | null;

  @Column({ type: 'varchar', length: 8, default: 'in' })
  direction: CheckInDirection;

  /** Admitted again after a check-out the same day. */
  @Column({ type: 'boolean', default: false })
  reentry: boolean;

  @Column({ type: 'varchar', length: 24 })
  status: CheckInStatus;

  @Column({ name: 'arrived_despite_remote', type: 'boolean', default: false })
  arrivedDespiteRemote: boolean;

  /** For a duplicate: the check-in that admitted the person. */
  @Column({ name: 'first_check_in_id', type: 'varchar', length: 36, nullable: true })
  firstCheckInId: string | null;

  /** When an earlier scan from another device, uploaded late, took this admission over. */
  @Column({ name: 'overturned_at', type: Date, nullable: true })
  overturnedAt: Date | null;

  @Column({ name: 'undone_at', type: Date, nullable: true })
  undoneAt: Date | null;

  @Column({ name: 'undone_by', type: 'varchar', length: 36, nullable: true })
  undoneBy: string | null;

  @Column({ name: 'undo_reason', type: 'varchar', length: 500, nullable: true })
  undoReason: string | null;
}
