import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { QuestionEntity } from './question.entity';

/** One person's upvote: the primary key is what makes voting twice count once. */
@Entity('question_votes')
export class QuestionVoteEntity {
  @PrimaryColumn({ name: 'question_id', type: 'varchar', length: 36 })
  questionId: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_question_votes_question' })
  question?: Relation<QuestionEntity>;

  @PrimaryColumn({ name: 'person_id', type: 'varchar', length: 36 })
  personId: string;

  /** The client's id for the vote that made this row. */
  @Column({ name: 'vote_id', type: 'varchar', length: 36 })
  voteId: string;

  @Column({ name: 'created_at' })
  createdAt: Date;
}
