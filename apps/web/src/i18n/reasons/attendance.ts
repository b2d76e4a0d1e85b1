import { type ReasonTexts } from '@hadir/contracts';

export const attendanceReasons: ReasonTexts['attendance'] = {
  certificateNotFound: 'Tidak ada sertifikat dengan kode ini: periksa dengan yang tercetak',
  correctionIdTaken: 'ID koreksi ini sudah digunakan',
  correctionNotFound: 'Koreksi ini tidak ditemukan',
  ownCorrectionsOnly: 'Anda hanya dapat membaca koreksi atas kehadiran Anda sendiri',
};
