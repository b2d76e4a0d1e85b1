import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { SessionEntity } from '../../events/entities/session.entity';
import { PersonEntity } from '../../identity/entities/person.entity';

/**
 * A participant a moderator brought on stage. In the database, not in a node's memory: the
 * moderator's console and the participant's media may be served by different API nodes, and an
 * invitation outlives a media worker's restart.
 */
@Entity('stage_invitations')
export class StageInvitationEntity {
  @PrimaryColumn({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_stage_invitations_session' })
  session?: Relation<SessionEntity>;

  @PrimaryColumn({ name: 'person_id', type: 'varchar', length: 36 })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_stage_invitations_person' })
  person?: Relation<PersonEntity>;

  @Column({ name: 'invited_by', type: 'varchar', length: 36 })
  invitedBy: string;

  @Column({ name: 'invited_at' })
  invitedAt: Date;
}
