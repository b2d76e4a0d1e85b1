import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { SessionEntity } from '../../events/entities/session.entity';
import { PersonEntity } from '../../identity/entities/person.entity';

/**
 * A raised hand, kept in the database rather than on a socket so that it survives a dropped
 * connection, a reload, and a move to another API node.
 */
@Entity('raised_hands')
export class RaisedHandEntity {
  @PrimaryColumn({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_raised_hands_session' })
  session?: Relation<SessionEntity>;

  @PrimaryColumn({ name: 'person_id', type: 'varchar', length: 36 })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_raised_hands_person' })
  person?: Relation<PersonEntity>;

  @Column({ name: 'raised_at' })
  raisedAt: Date;
}
