import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { SessionEntity } from '../../events/entities/session.entity';
import { PersonEntity } from '../../identity/entities/person.entity';
import { EvaluationFormEntity } from './evaluation-form.entity';

/**
 * That a person has answered a form (for one session), and nothing of what they answered: what
 * keeps a form to one answer each and tells whom to remind, even when the answers are anonymous.
 */
@Entity('evaluation_receipts')
@Unique('uq_evaluation_receipts_answer', ['formId', 'personId', 'scope'])
export class EvaluationReceiptEntity {
  /** The client's id for the answer, so that a retry is recognised; never the answer's own id. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'form_id', type: 'varchar', length: 36 })
  formId: string;

  @ManyToOne(() => EvaluationFormEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'form_id', foreignKeyConstraintName: 'fk_evaluation_receipts_form' })
  form?: Relation<EvaluationFormEntity>;

  @Column({ name: 'person_id', type: 'varchar', length: 36 })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_evaluation_receipts_person' })
  person?: Relation<PersonEntity>;

  @Column({ name: 'session_id', type: 'varchar', length: 36, nullable: true })
  sessionId: string | null;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_evaluation_receipts_session' })
  session?: Relation<SessionEntity>;

  /** The session's id, or `programme`: one answer per form and scope, as NULLs are never equal. */
  @Column({ type: 'varchar', length: 36 })
  scope: string;

  @Column({ name: 'created_at' })
  createdAt: Date;
}
