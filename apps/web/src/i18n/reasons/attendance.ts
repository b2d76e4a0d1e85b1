import { type ReasonTexts } from '@hadir/contracts';

export const attendanceReasons: ReasonTexts['attendance'] = {
  correctionIdTaken: 'ID koreksi ini sudah digunakan',
  correctionNotFound: 'Koreksi ini tidak ditemukan',
  ownCorrectionsOnly: 'Anda hanya dapat membaca koreksi atas kehadiran Anda sendiri',
};
