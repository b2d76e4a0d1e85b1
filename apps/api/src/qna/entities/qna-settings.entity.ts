import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { SessionEntity } from '../../events/entities/session.entity';

/** A session's Q&A rules; a session without a row uses the defaults in `QuestionsService`. */
@Entity('qna_settings')
export class QnaSettingsEntity {
  @PrimaryColumn({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @OneToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_qna_settings_session' })
  session?: Relation<SessionEntity>;

  @Column({ type: 'boolean' })
  moderated: boolean;

  @Column({ name: 'reveal_anonymous_to_staff', type: 'boolean' })
  revealAnonymousToStaff: boolean;
}
