import { type ReasonTexts } from '@hadir/contracts';

export const calendarReasons: ReasonTexts['calendar'] = {
  feedTurnedOff: 'Tautan kalender ini sudah dimatikan; buat yang baru di Hadir',
  feedIdTaken: 'ID ini sudah digunakan oleh tautan lain',
};
