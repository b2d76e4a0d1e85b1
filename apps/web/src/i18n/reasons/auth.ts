import { type ReasonTexts } from '@hadir/contracts';

export const authReasons: ReasonTexts['auth'] = {
  invitationLinkInvalid: 'Tautan undangan ini tidak valid',
  invitationWithdrawn: 'Undangan ini telah ditarik; mintalah tautan baru kepada penyelenggara',
  yourInvitationWithdrawn: 'Undangan Anda telah ditarik; mintalah tautan baru kepada penyelenggara',
  notInEvent: 'Anda tidak terdaftar dalam acara ini',
  roleRequired: 'Peran Anda tidak mengizinkan hal ini (hanya untuk: {{roles}})',
  demoOff: 'Mode demo tidak aktif di server ini',
  demoNotSeeded: 'Program demo belum disiapkan',
};
