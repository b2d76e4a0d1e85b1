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

/**
 * A person's calendar subscription. Its link carries a signed token naming this row, so turning
 * the subscription off (or making a new link) stops every copy of the old link at once.
 */
@Entity('calendar_feeds')
@Index('ix_calendar_feeds_person', ['personId'])
export class CalendarFeedEntity {
  /** Chosen by the client, so that a repeated request makes one link, not two. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'person_id', type: 'varchar', length: 36 })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_calendar_feeds_person' })
  person?: Relation<PersonEntity>;

  @Column({ name: 'created_at' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: Date, nullable: true })
  revokedAt: Date | null;
}
