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

/** A chat message in a session. A deleted one stays, marked, for the record. */
@Entity('chat_messages')
@Index('ix_chat_messages_session', ['sessionId', 'sentAt'])
export class ChatMessageEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_chat_messages_session' })
  session?: Relation<SessionEntity>;

  @Column({ name: 'author_id', type: 'varchar', length: 36 })
  authorId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_chat_messages_author' })
  author?: Relation<PersonEntity>;

  @Column({ type: 'varchar', length: 500 })
  text: string;

  @Column({ name: 'sent_at' })
  sentAt: Date;

  @Column({ name: 'deleted_at', type: Date, nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'deleted_by', type: 'varchar', length: 36, nullable: true })
  deletedBy: string | null;
}
