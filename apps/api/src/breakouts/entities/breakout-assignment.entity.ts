import type { AssignmentSource } from '@hadir/contracts';
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
import { BreakoutRoomEntity } from './breakout-room.entity';
import { BreakoutSetEntity } from './breakout-set.entity';

/** Who is in which room of a set: at most one room per person and set. */
@Entity('breakout_assignments')
@Index('ix_breakout_assignments_room', ['roomId'])
export class BreakoutAssignmentEntity {
  @PrimaryColumn({ name: 'set_id', type: 'varchar', length: 36 })
  setId: string;

  @ManyToOne(() => BreakoutSetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'set_id', foreignKeyConstraintName: 'fk_breakout_assignments_set' })
  set?: Relation<BreakoutSetEntity>;

  @PrimaryColumn({ name: 'person_id', type: 'varchar', length: 36 })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_breakout_assignments_person' })
  person?: Relation<PersonEntity>;

  @Column({ name: 'room_id', type: 'varchar', length: 36 })
  roomId: string;

  @ManyToOne(() => BreakoutRoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'fk_breakout_assignments_room' })
  room?: Relation<BreakoutRoomEntity>;

  @Column({ type: 'varchar', length: 16 })
  source: AssignmentSource;

  @Column({ name: 'assigned_by', type: 'varchar', length: 36 })
  assignedBy: string;

  @Column({ name: 'assigned_at' })
  assignedAt: Date;
}
