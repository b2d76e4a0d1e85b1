import { type ReasonTexts } from '@hadir/contracts';

export const announcementsReasons: ReasonTexts['announcements'] = {
  idTaken: 'ID ini sudah digunakan oleh pengumuman lain',
};
