import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import type { QuestionStatus } from '@hadir/contracts';
import { SessionEntity } from '../../events/entities/session.entity';
import { PersonEntity } from '../../identity/entities/person.entity';

/** A question asked in a session's Q&A. The id is the asker's device's, so a resend is known. */
@Entity('questions')
@Index('ix_questions_session', ['sessionId', 'createdAt'])
@Index('ix_questions_session_author', ['sessionId', 'authorId', 'createdAt'])
export class QuestionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_questions_session' })
  session?: Relation<SessionEntity>;

  @Column({ name: 'author_id', type: 'varchar', length: 36 })
  authorId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_questions_author' })
  author?: Relation<PersonEntity>;

  @Column({ type: 'varchar', length: 500 })
  text: string;

  @Column({ type: 'boolean', default: false })
  anonymous: boolean;

  @Column({ type: 'varchar', length: 16 })
  status: QuestionStatus;

  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  /** Kept as a count beside the votes themselves, so that lists never count rows. */
  @Column({ type: 'integer', default: 0 })
  votes: number;

  @Column({ name: 'reply_text', type: 'varchar', length: 1000, nullable: true })
  replyText: string | null;

  @Column({ name: 'reply_by', type: 'varchar', length: 36, nullable: true })
  replyBy: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reply_by', foreignKeyConstraintName: 'fk_questions_reply_by' })
  replier?: Relation<PersonEntity> | null;

  @Column({ name: 'replied_at', type: Date, nullable: true })
  repliedAt: Date | null;

  @Column({ name: 'created_at' })
  createdAt: Date;

  @Column({ name: 'updated_at' })
  updatedAt: Date;
}
