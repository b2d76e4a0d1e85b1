import { type ReasonTexts } from '@hadir/contracts';

export const checkinReasons: ReasonTexts['checkin'] = {
  scanOfOtherEvent: 'Setiap pindaian harus untuk acara ini',
  scanIdTaken: 'ID pindaian ini sudah digunakan',
  checkInNotFound: 'Registrasi kehadiran ini tidak ditemukan',
  notUndoable: 'Hanya registrasi masuk atau keluar yang masih berlaku yang dapat dibatalkan',
};
