import { type ReasonTexts } from '@hadir/contracts';

export const peopleReasons: ReasonTexts['people'] = {
  idTaken: 'ID ini sudah dipakai; tambahkan orang tersebut sekali lagi',
  alreadyInEvent: '{{email}} sudah terdaftar dalam acara ini',
  emailTaken: 'Alamat e-mail ini milik orang lain',
  lastOrganiser: 'Acara ini memerlukan setidaknya satu penyelenggara',
  unreadableFile: 'Berkas tidak dapat dibaca: {{problem}}',
  otherEvent: 'Orang ini terdaftar di acara lain',
  noActiveInvitation: 'Orang ini tidak memiliki undangan aktif; terbitkan undangan baru',
  nothingToRevoke: 'Orang ini tidak memiliki undangan aktif',
  ownInvitation: 'Anda tidak dapat menarik undangan Anda sendiri',
};
