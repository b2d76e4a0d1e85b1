import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  type Relation,
} from 'typeorm';
import type { AttendanceMode, Locale, PersonCategory } from '@hadir/contracts';
import type { EventEntity } from '../../events/entities/event.entity';

/**
 * A person as one event knows them. Every identity belongs to exactly one event, whose organisers
 * add, edit and invite it: the same e-mail address in another event is another person there, so no
 * event's administration ever reaches a sign-in or data of another event.
 */
@Entity('people')
@Unique('uq_people_event_email', ['eventId', 'email'])
export class PersonEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_people_event' })
  event?: Relation<EventEntity>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 2 })
  country: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  organisation: string;

  @Column({ type: 'varchar', length: 32 })
  category: PersonCategory;

  @Column({ name: 'attendance_mode', type: 'varchar', length: 16 })
  attendanceMode: AttendanceMode;

  @Column({ type: 'varchar', length: 8, default: 'en' })
  locale: Locale;

  @Column({ type: 'varchar', length: 64 })
  timezone: string;

  @Column({ name: 'created_at' })
  createdAt: Date;
}
