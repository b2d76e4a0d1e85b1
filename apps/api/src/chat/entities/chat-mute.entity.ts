import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { SessionEntity } from '../../events/entities/session.entity';
import { PersonEntity } from '../../identity/entities/person.entity';

/** Someone staff stopped from chatting in one session. */
@Entity('chat_mutes')
export class ChatMuteEntity {
  @PrimaryColumn({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_chat_mutes_session' })
  session?: Relation<SessionEntity>;

  @PrimaryColumn({ name: 'person_id', type: 'varchar', length: 36 })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_chat_mutes_person' })
  person?: Relation<PersonEntity>;

  @Column({ name: 'muted_by', type: 'varchar', length: 36 })
  mutedBy: string;

  @Column({ name: 'muted_at' })
  mutedAt: Date;
}
