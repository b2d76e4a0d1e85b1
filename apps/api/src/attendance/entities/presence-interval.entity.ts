import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { SessionEntity } from '../../events/entities/session.entity';
import { PersonEntity } from '../../identity/entities/person.entity';

/**
 * One connection following one session, from joining to leaving: the evidence of remote
 * attendance. Open (no `left_at`) while the connection lasts; `last_seen_at` moves every minute,
 * so an interval left open by a node that crashed ends where it was last seen.
 */
@Entity('presence_intervals')
@Index('ix_presence_intervals_session_person', ['sessionId', 'personId'])
export class PresenceIntervalEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_presence_intervals_session' })
  session?: Relation<SessionEntity>;

  @Column({ name: 'person_id', type: 'varchar', length: 36 })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_presence_intervals_person' })
  person?: Relation<PersonEntity>;

  /** From home or from the hall, as the person said when joining. */
  @Column({ type: 'varchar', length: 16 })
  mode: string;

  @Column({ name: 'joined_at' })
  joinedAt: Date;

  @Column({ name: 'left_at', type: Date, nullable: true })
  leftAt: Date | null;

  @Column({ name: 'last_seen_at' })
  lastSeenAt: Date;
}
