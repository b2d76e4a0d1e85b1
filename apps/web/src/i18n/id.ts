import { type en } from './en';

export const id: typeof en = {
  app: {
    name: 'Hadir',
    tagline: 'Acara hibrida, di aula maupun dari jauh',
    loading: 'Memuat…',
  },
  errors: {
    network: 'Tidak dapat terhubung ke Hadir. Periksa koneksi Anda, lalu coba lagi.',
    unexpected: 'Terjadi kesalahan. Silakan coba lagi.',
    retry: 'Coba lagi',
  },
  signIn: {
    title: 'Masuk ke Hadir',
    demoTitle: 'Mode demo: pilih ingin masuk sebagai siapa',
    demoExplanation:
      'Hadir ini berjalan dalam mode demo, jadi Anda dapat masuk sebagai siapa saja di bawah ini untuk melihat acara dari sudut pandang mereka. Di luar mode demo daftar ini tidak ada: setiap orang bergabung melalui tautan undangannya masing-masing.',
    searchLabel: 'Cari orang',
    searchPlaceholder: 'Nama, negara, atau organisasi',
    noMatches: 'Tidak ada yang cocok dengan “{{query}}”.',
    invitationOnly:
      'Anda bergabung ke acara melalui tautan undangan yang Anda terima. Buka tautan itu di perangkat ini; jika tidak menemukannya, minta penyelenggara untuk mengirimkannya lagi.',
    signInAs: 'Masuk sebagai {{name}}',
    groups: {
      organiser: 'Penyelenggara',
      moderator: 'Moderator',
      facilitator: 'Fasilitator',
      speaker: 'Pembicara',
      participant: 'Peserta',
    },
  },
  attendance: {
    in_person: 'Di aula',
    remote: 'Daring',
  },
  join: {
    redeeming: 'Membuka undangan Anda…',
    failedTitle: 'Undangan ini tidak dapat digunakan',
    missingToken: 'Tautan ini tidak berisi undangan. Buka tautan persis seperti yang Anda terima.',
    goToSignIn: 'Ke halaman masuk',
  },
  home: {
    noEvents: 'Anda belum terdaftar di acara mana pun.',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    body: 'Tidak ada apa pun di alamat ini.',
    home: 'Ke halaman awal',
  },
  event: {
    notFound: 'Acara ini tidak ada, atau Anda tidak terdaftar di dalamnya.',
    backHome: 'Kembali ke acara Anda',
    signedInAs: 'Masuk sebagai {{name}}',
    signOut: 'Keluar',
    now: 'Sedang berlangsung',
    next: 'Berikutnya',
    nothingNow: 'Tidak ada sesi yang sedang berlangsung.',
    nothingNext: 'Tidak ada sesi lagi.',
    startsIn: 'Mulai {{distance}}',
    agenda: 'Agenda',
    timesShownIn:
      'Waktu ditampilkan dalam zona waktu Anda, {{zone}}. Arahkan kursor ke suatu waktu untuk melihatnya dalam zona waktu acara, {{eventZone}}.',
    timeInZone: '{{range}} {{zone}}',
    noSessionsThisDay: 'Tidak ada sesi pada hari ini.',
    remoteOnly: 'Hanya daring',
    streamed: 'Disiarkan',
    speakers: 'Pembicara: {{names}}',
    moderators: 'Dipandu oleh {{names}}',
  },
  sessionKinds: {
    plenary: 'Pleno',
    presentation: 'Presentasi',
    panel: 'Diskusi panel',
    workshop: 'Lokakarya',
    breakout_block: 'Sesi kelompok',
    break: 'Rehat',
  },
  connection: {
    label: 'Koneksi langsung: {{status}}',
    connected: 'Terhubung',
    connecting: 'Menghubungkan…',
    reconnecting: 'Menyambung ulang…',
    offline: 'Tidak terhubung',
    refused: 'Pembaruan langsung ditolak: silakan masuk lagi',
  },
  language: {
    label: 'Bahasa',
    en: 'English',
    id: 'Bahasa Indonesia',
  },
  announcements: {
    title: 'Pengumuman',
    empty: 'Belum ada pengumuman.',
    latest: 'Terbaru',
    byline: '{{name}} · {{time}}',
    formLabel: 'Pengumuman baru',
    placeholder: 'Sampaikan kepada semua orang, di aula maupun daring…',
    counter: '{{length}}/{{max}}',
    send: 'Kirim',
    errors: {
      empty: 'Tulis sesuatu untuk diumumkan.',
      tooLong: 'Paling banyak {{max}} karakter.',
      timeout: 'Server tidak menjawab tepat waktu. Teks Anda tetap ada: silakan coba lagi.',
    },
  },
};
