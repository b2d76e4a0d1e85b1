import { type ReasonTexts } from '@hadir/contracts';

export const chatReasons: ReasonTexts['chat'] = {
  messageIdTaken: 'ID pesan ini sudah digunakan',
  muted: 'Moderator telah membisukan Anda di obrolan sesi ini',
  tooManyMessages:
    'Anda dapat mengirim {{limit}} pesan dalam {{window}} detik. Silakan coba lagi dalam {{seconds}} detik.',
  messageNotFound: 'Pesan ini tidak ditemukan dalam sesi ini',
};
