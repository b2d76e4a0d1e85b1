import type { BreakoutKind } from '@hadir/contracts';
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
import { BreakoutSetEntity } from './breakout-set.entity';

/** A virtual room, or a table in the hall that remote people join through its room device. */
@Entity('breakout_rooms')
@Index('ix_breakout_rooms_set', ['setId', 'position'])
export class BreakoutRoomEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'set_id', type: 'varchar', length: 36 })
  setId: string;

  @ManyToOne(() => BreakoutSetEntity, (set) => set.rooms, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'set_id', foreignKeyConstraintName: 'fk_breakout_rooms_set' })
  set?: Relation<BreakoutSetEntity>;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: BreakoutKind;

  @Column({ name: 'table_label', type: 'varchar', length: 60, nullable: true })
  tableLabel: string | null;

  @Column({ name: 'facilitator_id', type: 'varchar', length: 36, nullable: true })
  facilitatorId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'facilitator_id', foreignKeyConstraintName: 'fk_breakout_rooms_facilitator' })
  facilitator?: Relation<PersonEntity> | null;

  @Column({ type: 'varchar', length: 200 })
  topic: string;

  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ name: 'help_requested_at', type: Date, nullable: true })
  helpRequestedAt: Date | null;
}
