import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  type Relation,
} from 'typeorm';
import type { Role } from '@hadir/contracts';
import type { EventEntity } from '../../events/entities/event.entity';
import { PersonEntity } from './person.entity';

@Entity('event_roles')
@Unique('uq_event_roles_event_person_role', ['eventId', 'personId', 'role'])
@Index('ix_event_roles_person', ['personId'])
export class EventRoleEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_event_roles_event' })
  event?: Relation<EventEntity>;

  @Column({ name: 'person_id', type: 'varchar', length: 36 })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_event_roles_person' })
  person?: Relation<PersonEntity>;

  @Column({ type: 'varchar', length: 16 })
  role: Role;
}
