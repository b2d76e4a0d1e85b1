import { type ReasonTexts } from '@hadir/contracts';

export const pollsReasons: ReasonTexts['polls'] = {
  pollNotFound: 'Jajak pendapat ini tidak ditemukan dalam sesi ini',
  idTaken: 'ID jajak pendapat ini sudah digunakan',
  notOpen: 'Jajak pendapat ini tidak sedang dibuka',
  closeNotOpen: 'Hanya jajak pendapat yang sedang dibuka yang dapat ditutup',
  showDraft: 'Silakan buka jajak pendapat ini sebelum menampilkannya',
  answeredAlready: 'Anda sudah menjawab jajak pendapat ini',
  noOptionChosen: 'Silakan pilih salah satu pilihan',
  optionNotInPoll: 'Pilihan tersebut tidak ada dalam jajak pendapat ini',
  severalOptionsChosen: 'Silakan pilih satu pilihan saja',
  ratingOutOfScale: 'Silakan beri penilaian dari 1 sampai {{max}}',
  noWords: 'Silakan tulis satu atau dua kata',
  wordsTooLong: 'Paling banyak {{max}} karakter',
  noAnswerText: 'Silakan tulis jawaban Anda',
};
