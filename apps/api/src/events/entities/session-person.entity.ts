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
import { SessionEntity } from './session.entity';

export type SessionPersonRole = 'speaker' | 'moderator';

@Entity('session_people')
@Index('ix_session_people_person', ['personId'])
export class SessionPersonEntity {
  @PrimaryColumn({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @ManyToOne(() => SessionEntity, (session) => session.people, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_session_people_session' })
  session?: Relation<SessionEntity>;

  @PrimaryColumn({ name: 'person_id', type: 'varchar', length: 36 })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_session_people_person' })
  person?: Relation<PersonEntity>;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  role: SessionPersonRole;

  /** Order in which the people are listed on the agenda. */
  @Column({ type: 'integer', default: 0 })
  position: number;
}
