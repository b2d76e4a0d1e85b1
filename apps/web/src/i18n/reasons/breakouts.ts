import { type ReasonTexts } from '@hadir/contracts';

export const breakoutsReasons: ReasonTexts['breakouts'] = {
  setNotFound: 'Set ruang kelompok ini tidak ditemukan',
  breakoutRoomNotFound: 'Ruang kelompok ini tidak ditemukan',
  chosenRoomNotFound: 'Ruang ini tidak ditemukan',
  roomNotInSet: 'Ruang ini tidak ditemukan dalam set ini',
  namedRoomNotInSet: 'Salah satu ruang yang disebutkan tidak ada dalam set ini',
  personNotInEvent: 'Salah satu orang yang disebutkan tidak terdaftar dalam acara ini',
  facilitatorNotInEvent: 'Salah satu fasilitator yang disebutkan tidak terdaftar dalam acara ini',
  reuseSetInvalid: 'Silakan pilih set lain dari acara ini',
  moderatorsOnly: 'Ruang kelompok hanya dijalankan oleh moderator dan fasilitator sesi ini',
  staffCannotChoose:
    'Staf tidak memilih ruang: silakan tempatkan peserta dari papan, atau kunjungi salah satu ruang',
  assignedByStaff: 'Ruang dalam set ini ditentukan oleh staf',
  notInRoom: 'Anda tidak termasuk dalam ruang kelompok ini',
  roomNotOpen: 'Ruang kelompok ini sedang tidak dibuka',
  setIdTaken: 'ID set ini sudah digunakan',
  roomIdTaken: 'Salah satu ID ruang sudah digunakan',
  messageIdTaken: 'ID pesan ini sudah digunakan',
  alreadyOpened: 'Ruang hanya dapat diubah sebelum dibuka',
  deleteWhileOpen: 'Silakan tutup ruang terlebih dahulu sebelum menghapusnya',
  roomFull: '{{room}} sudah penuh',
  closedCannotReopen: 'Ruang ini sudah ditutup; silakan siapkan set baru',
  otherSetOpen: 'Silakan tutup “{{set}}” terlebih dahulu',
  setClosed: 'Ruang ini sudah ditutup',
  setNotOpen: 'Ruang ini sedang tidak dibuka',
  editUnreadable: 'Perubahan ini tidak dapat dibaca',
};
