import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { BreakoutRoomEntity } from './breakout-room.entity';

/**
 * One edit of a room's shared notes, as a Yjs update. Edits are appended rather than folded into
 * one row, so two API nodes taking edits at the same moment never overwrite each other; merging
 * them in any order gives the same document, and they are compacted into one now and then.
 */
@Entity('breakout_note_updates')
@Index('ix_breakout_note_updates_room', ['roomId', 'createdAt'])
export class BreakoutNoteUpdateEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'room_id', type: 'varchar', length: 36 })
  roomId: string;

  @ManyToOne(() => BreakoutRoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'fk_breakout_note_updates_room' })
  room?: Relation<BreakoutRoomEntity>;

  /** Base64 of the binary update. */
  @Column({ type: 'text' })
  update: string;

  @Column({ name: 'created_at' })
  createdAt: Date;
}
