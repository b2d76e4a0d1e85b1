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

/** A message in one breakout room's chat; only the room's members and staff read it. */
@Entity('breakout_messages')
@Index('ix_breakout_messages_room', ['roomId', 'sentAt'])
export class BreakoutMessageEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'room_id', type: 'varchar', length: 36 })
  roomId: string;

  @ManyToOne(() => BreakoutRoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'fk_breakout_messages_room' })
  room?: Relation<BreakoutRoomEntity>;

  @Column({ name: 'author_id', type: 'varchar', length: 36 })
  authorId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_breakout_messages_author' })
  author?: Relation<PersonEntity>;

  @Column({ type: 'varchar', length: 500 })
  text: string;

  @Column({ name: 'sent_at' })
  sentAt: Date;
}
