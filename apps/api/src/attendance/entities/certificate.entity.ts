import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { EventEntity } from '../../events/entities/event.entity';
import { PersonEntity } from '../../identity/entities/person.entity';

/**
 * The code printed on a person's certificate, with the QR code to the public page that checks
 * it. Given once, when the person first qualifies, and kept: a reprint carries the same code,
 * and whether it is still valid is decided when someone checks it.
 */
@Entity('certificates')
@Unique('uq_certificates_person', ['personId'])
export class CertificateEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code: string;

  @Column({ name: 'person_id', type: 'varchar', length: 36 })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_certificates_person' })
  person?: Relation<PersonEntity>;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_certificates_event' })
  event?: Relation<EventEntity>;

  @Column({ name: 'issued_at' })
  issuedAt: Date;
}
