import { type ReasonTexts } from '@hadir/contracts';

export const eventsReasons: ReasonTexts['events'] = {
  eventNotFound: 'Acara ini tidak ditemukan',
  sessionNotFound: 'Sesi ini tidak ditemukan',
  sessionNotInEvent: 'Sesi ini tidak ditemukan dalam acara ini',
  personNotInEvent: 'Orang ini tidak ditemukan dalam acara ini',
  sessionIdTaken: 'ID ini sudah digunakan',
  dayOutsideEvent: 'Hari tersebut berada di luar jadwal acara',
  sessionClash: 'Jadwal ini bertabrakan dengan sesi lain',
  peopleNotInEvent: 'Beberapa orang tidak terdaftar dalam acara ini',
  onlyOrganisersCreateEvents: 'Hanya penyelenggara yang dapat membuat acara',
  shortNameTaken: 'Nama singkat ini sudah digunakan',
  sessionAfterLastDay: 'Ada sesi yang jatuh setelah hari terakhir acara',
};
