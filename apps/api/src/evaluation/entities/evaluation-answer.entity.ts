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
import { EvaluationFormEntity } from './evaluation-form.entity';

/**
 * One person's answers to a form (for a session form, about one session). On an anonymous form
 * nothing here leads back to the person: no person, no time, a server-made id, and the country
 * only where enough participants share it; who has answered lives apart, in the receipts.
 */
@Entity('evaluation_answers')
@Index('ix_evaluation_answers_form', ['formId'])
export class EvaluationAnswerEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'form_id', type: 'varchar', length: 36 })
  formId: string;

  @ManyToOne(() => EvaluationFormEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'form_id', foreignKeyConstraintName: 'fk_evaluation_answers_form' })
  form?: Relation<EvaluationFormEntity>;

  @Column({ name: 'session_id', type: 'varchar', length: 36, nullable: true })
  sessionId: string | null;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_evaluation_answers_session' })
  session?: Relation<SessionEntity>;

  /** Null on an anonymous form. */
  @Column({ name: 'person_id', type: 'varchar', length: 36, nullable: true })
  personId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_evaluation_answers_person' })
  person?: Relation<PersonEntity>;

  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  /** Question id to a rating or a text. */
  @Column({ type: 'simple-json' })
  values: Record<string, number | string>;

  /** Null on an anonymous form, whose answers could otherwise be matched to receipts by time. */
  @Column({ name: 'submitted_at', type: Date, nullable: true })
  submittedAt: Date | null;
}
