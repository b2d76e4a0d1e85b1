import { type ReasonTexts } from '@hadir/contracts';

export const qnaReasons: ReasonTexts['qna'] = {
  questionNotFound: 'Pertanyaan ini tidak ditemukan dalam sesi ini',
  questionIdTaken: 'ID pertanyaan ini sudah digunakan',
  notOnBoard: 'Hanya pertanyaan yang sedang tampil yang dapat didukung',
  pendingCannotMove: 'Pertanyaan yang menunggu persetujuan tidak dapat dipindahkan dengan cara itu',
  approvedCannotMove: 'Pertanyaan yang sedang tampil tidak dapat dipindahkan dengan cara itu',
  liveCannotMove: 'Pertanyaan yang sedang dijawab tidak dapat dipindahkan dengan cara itu',
  answeredCannotMove: 'Pertanyaan yang sudah dijawab tidak dapat dipindahkan dengan cara itu',
  dismissedCannotMove: 'Pertanyaan yang sudah ditolak tidak dapat dipindahkan dengan cara itu',
  withdrawnCannotMove: 'Pertanyaan yang sudah ditarik tidak dapat dipindahkan dengan cara itu',
  tooManyQuestions:
    'Anda dapat mengajukan {{limit}} pertanyaan per menit. Silakan coba lagi dalam {{seconds}} detik.',
  onlyAuthorChanges: 'Hanya penanya yang dapat mengubah pertanyaannya',
  notPending: 'Pertanyaan hanya dapat diubah selama masih menunggu persetujuan',
};
