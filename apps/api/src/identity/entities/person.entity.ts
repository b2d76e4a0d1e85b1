import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AttendanceMode, Locale, PersonCategory } from '@hadir/contracts';

@Entity('people')
export class PersonEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 320, nullable: true, unique: true })
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
