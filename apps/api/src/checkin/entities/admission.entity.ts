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

  /** '' for the building; a session's id, or `room:` and a venue room's name (see `checkInScope`). */
  @PrimaryColumn({ type: 'varchar', length: 120 })
  scope: string;

  @Column({ name: 'check_in_id', type: 'varchar', length: 36 })
  checkInId: string;

  @Column({ name: 'scanned_at' })
  scannedAt: Date;

  /** Set by a check-out, cleared when the person comes back in. */
  @Column({ name: 'checked_out_at', type: Date, nullable: true })
  checkedOutAt: Date | null;
}
