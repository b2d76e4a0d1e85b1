import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import type { PollKind, PollResultsVisibility, PollStatus } from '@hadir/contracts';
import { SessionEntity } from '../../events/entities/session.entity';

/** A poll attached to a session: prepared as a draft, or created and opened live. */
@Entity('polls')
@Index('ix_polls_session', ['sessionId', 'createdAt'])
export class PollEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_polls_session' })
  session?: Relation<SessionEntity>;

  @Column({ type: 'varchar', length: 300 })
  question: string;

  @Column({ type: 'varchar', length: 16 })
  kind: PollKind;

  /** `[{ id, label }]`; read whole with the poll, never queried into. */
  @Column({ type: 'simple-json' })
  options: { id: string; label: string }[];

  @Column({ name: 'scale_max', type: 'integer', nullable: true })
  scaleMax: number | null;

  @Column({ name: 'correct_option_id', type: 'varchar', length: 8, nullable: true })
  correctOptionId: string | null;

  @Column({ type: 'varchar', length: 8 })
  status: PollStatus;

  @Column({ name: 'results_visibility', type: 'varchar', length: 16 })
  resultsVisibility: PollResultsVisibility;

  @Column({ type: 'boolean' })
  anonymous: boolean;

  @Column({ name: 'allow_change', type: 'boolean' })
  allowChange: boolean;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @Column({ name: 'created_at' })
  createdAt: Date;

  @Column({ name: 'opened_at', type: Date, nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: Date, nullable: true })
  closedAt: Date | null;

  /** Put on the room display by staff; the display shows the poll put there last. */
  @Column({ name: 'shown_at', type: Date, nullable: true })
  shownAt: Date | null;
}
