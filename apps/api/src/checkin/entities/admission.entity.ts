import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * At most one row per person, day and scope: the primary key is what makes concurrent scans of one
 * badge on several devices admit exactly once.
 */
@Entity('admissions')
export class AdmissionEntity {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @PrimaryColumn({ name: 'person_id', type: 'varchar', length: 36 })
  personId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  /** '' for the day; the session id for a session check-in. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  scope: string;

  @Column({ name: 'check_in_id', type: 'varchar', length: 36 })
  checkInId: string;

  @Column({ name: 'scanned_at' })
  scannedAt: Date;
}
