import { type ReasonTexts } from '@hadir/contracts';

export const plansReasons: ReasonTexts['plans'] = {
  planNotFound: 'Rencana aksi ini tidak ditemukan',
  planNotInEvent: 'Rencana aksi ini tidak ditemukan dalam acara ini',
  sectionNotFound: 'Bagian ini tidak ada dalam rencana aksi ini',
  onlyParticipantsWrite: 'Rencana aksi ditulis oleh peserta; staf meninjaunya',
  idTaken: 'ID ini sudah digunakan',
  editIdTaken: 'ID suntingan ini sudah digunakan',
  onlyAuthorsEdit:
    'Hanya penulis rencana aksi ini yang dapat menyuntingnya; peninjau dapat memberikan komentar',
  onlyAuthors: 'Hanya penulis rencana aksi ini yang dapat melakukan ini',
  onlyAuthorsSubmit: 'Hanya penulis rencana aksi ini yang dapat mengajukannya',
  onlyAuthorsAndReviewersComment:
    'Hanya penulis dan peninjau rencana aksi ini yang dapat memberikan komentar',
  onlyStaffReview: 'Rencana aksi ditinjau oleh fasilitator dan penyelenggara',
  planNotPublic:
    'Rencana aksi ini hanya dapat dibaca oleh penulisnya dan fasilitator sampai penyelenggara membukanya untuk umum',
  planAccepted: 'Rencana aksi ini sudah diterima',
  planWithReviewers:
    'Rencana aksi ini sedang ditinjau; rencana dapat disunting kembali setelah peninjau meminta perubahan',
  planNotSubmitted: 'Hanya rencana aksi yang sudah diajukan yang dapat ditinjau',
  planMovedMeanwhile: 'Status rencana aksi ini sudah lebih dahulu diubah oleh orang lain',
};
