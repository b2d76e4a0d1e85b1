import { type ReasonTexts } from '@hadir/contracts';

export const commonReasons: ReasonTexts['common'] = {
  invalidInput: 'Masukan tidak valid: {{summary}}',
  badRequest: 'Permintaan ini tidak dapat dibaca',
  tooLarge: 'Ukurannya terlalu besar untuk dikirim',
  signInAgain: 'Silakan masuk lagi: sesi Anda tidak ada atau sudah berakhir',
  forbidden: 'Anda tidak diizinkan melakukan ini',
  sessionStaffOnly: 'Hanya moderator dan penyelenggara sesi ini yang dapat melakukan ini',
  notFound: 'Tidak ada apa pun di sini',
  conflict: 'Ini bertabrakan dengan perubahan yang dibuat sementara itu',
  tooManyRequests: 'Terlalu banyak permintaan: coba lagi dalam {{seconds}} detik.',
  slowDown: 'Terlalu banyak permintaan; tunggu sebentar',
  internal: 'Terjadi kesalahan di pihak kami; silakan coba lagi',
};
