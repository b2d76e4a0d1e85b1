import type { BreakoutStatus } from '@hadir/contracts';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { SessionEntity } from '../../events/entities/session.entity';
import { BreakoutRoomEntity } from './breakout-room.entity';

/** One split of a session into rooms: prepared as a draft, opened, closed. */
@Entity('breakout_sets')
@Index('ix_breakout_sets_session', ['sessionId'])
@Index('ix_breakout_sets_status', ['status'])
export class BreakoutSetEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_breakout_sets_session' })
  session?: Relation<SessionEntity>;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  status: BreakoutStatus;

  @Column({ name: 'self_select', type: 'boolean' })
  selfSelect: boolean;

  @Column({ name: 'opened_at', type: Date, nullable: true })
  openedAt: Date | null;

  @Column({ name: 'ends_at', type: Date, nullable: true })
  endsAt: Date | null;

  @Column({ name: 'closes_at', type: Date, nullable: true })
  closesAt: Date | null;

  @Column({ name: 'closed_at', type: Date, nullable: true })
  closedAt: Date | null;

  /** Seconds of warning given when the timer, rather than a person, closes the rooms. */
  @Column({ name: 'grace_seconds', type: 'integer' })
  graceSeconds: number;

  @Column({ name: 'shown_room_id', type: 'varchar', length: 36, nullable: true })
  shownRoomId: string | null;

  /** The client's id of the last broadcast, so a resent one goes out once. */
  @Column({ name: 'broadcast_id', type: 'varchar', length: 36, nullable: true })
  broadcastId: string | null;

  @Column({ name: 'broadcast_text', type: 'varchar', length: 500, nullable: true })
  broadcastText: string | null;

  @Column({ name: 'broadcast_at', type: Date, nullable: true })
  broadcastAt: Date | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @Column({ name: 'created_at' })
  createdAt: Date;

  @OneToMany(() => BreakoutRoomEntity, (room) => room.set)
  rooms?: Relation<BreakoutRoomEntity[]>;
}
