import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PersonEntity } from '../../identity/entities/person.entity';
import { PollEntity } from './poll.entity';

/** One person's answer to a poll: the primary key makes it one per person. */
@Entity('poll_responses')
export class PollResponseEntity {
  @PrimaryColumn({ name: 'poll_id', type: 'varchar', length: 36 })
  pollId: string;

  @ManyToOne(() => PollEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id', foreignKeyConstraintName: 'fk_poll_responses_poll' })
  poll?: Relation<PollEntity>;

  @PrimaryColumn({ name: 'person_id', type: 'varchar', length: 36 })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_poll_responses_person' })
  person?: Relation<PersonEntity>;

  /** The client's id for the answer that last set this row: a resend of it changes nothing. */
  @Column({ name: 'answer_id', type: 'varchar', length: 36 })
  answerId: string;

  @Column({ name: 'option_ids', type: 'simple-json' })
  optionIds: string[];

  @Column({ type: 'integer', nullable: true })
  rating: number | null;

  @Column({ type: 'varchar', length: 280, nullable: true })
  text: string | null;

  @Column({ name: 'answered_at' })
  answeredAt: Date;
}
