import { type ReasonTexts } from '@hadir/contracts';

export const mediaReasons: ReasonTexts['media'] = {
  turnedOff: 'Audio dan video langsung dinonaktifkan di server ini',
  unavailable: 'Audio dan video langsung sedang tidak tersedia; silakan coba lagi sebentar lagi',
  restarting: 'Server media sedang dimulai ulang; Anda akan tersambung kembali sebentar lagi',
  roomDeviceStaffOnly: 'Hanya staf yang dapat memasang perangkat ruangan',
  notOnStage:
    'Hanya orang di panggung yang dapat berbicara atau menampilkan video: silakan angkat tangan untuk meminta izin kepada moderator',
  notJoined: 'Silakan bergabung ke audio dan video sesi ini terlebih dahulu',
  connectionEnded: 'Koneksi media ini sudah berakhir; silakan bergabung kembali',
  noReceivingConnection: 'Silakan buka koneksi penerimaan terlebih dahulu',
  trackEnded: 'Siaran audio atau video ini sudah berakhir',
  cameraNotVideo: 'Kamera harus dikirim sebagai video',
  microphoneNotAudio: 'Mikrofon harus dikirim sebagai audio',
  screenNotVideo: 'Berbagi layar harus dikirim sebagai video',
  cannotPlayTrack: 'Peramban ini tidak dapat memutar siaran audio atau video ini',
  requestRefused: 'Server media menolak permintaan ini: {{detail}}',
};
