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
import type { SessionKind } from '@hadir/contracts';
import { EventEntity } from './event.entity';
import { SessionPersonEntity } from './session-person.entity';

/** An agenda item: a talk, panel, workshop, breakout block or break. */
@Entity('sessions')
@Index('ix_sessions_event_start', ['eventId', 'startsAt'])
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_sessions_event' })
  event?: Relation<EventEntity>;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 24 })
  kind: SessionKind;

  @Column({ name: 'starts_at' })
  startsAt: Date;

  @Column({ name: 'ends_at' })
  endsAt: Date;

  /** Venue room; null for a remote-only session. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  room: string | null;

  @Column({ type: 'boolean', default: true })
  streamed: boolean;

  @OneToMany(() => SessionPersonEntity, (sessionPerson) => sessionPerson.session)
  people?: Relation<SessionPersonEntity[]>;
}
