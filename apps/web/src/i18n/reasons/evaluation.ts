import { type ReasonTexts } from '@hadir/contracts';

export const evaluationReasons: ReasonTexts['evaluation'] = {
  formNotFound: 'Acara ini tidak memiliki formulir evaluasi tersebut',
  formAnswered:
    'Sudah ada yang menjawab formulir ini: pertanyaan dan anonimitasnya tidak dapat diubah lagi (tutup formulir ini dan buat yang baru lain kali)',
  formNotOpen: 'Formulir ini tidak sedang dibuka untuk jawaban',
  sessionNotEnded: 'Umpan balik untuk sesi dibuka setelah sesi berakhir',
  sessionRequired: 'Sebutkan sesi mana yang dinilai dalam umpan balik ini',
  noSessionForProgramme: 'Evaluasi program menilai seluruh program, bukan satu sesi',
  alreadyAnswered: 'Anda sudah menjawab formulir ini',
  answerRequired: 'Jawab “{{prompt}}”',
  unknownQuestion: 'Formulir ini tidak memiliki pertanyaan tersebut',
  ratingExpected: '“{{prompt}}” memerlukan nilai dari 1 sampai 5',
  textExpected: '“{{prompt}}” memerlukan jawaban tertulis',
  participantsOnly: 'Formulir evaluasi dijawab oleh para peserta',
};
