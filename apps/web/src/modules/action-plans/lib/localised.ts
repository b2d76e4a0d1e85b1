import { type Localised } from '@hadir/contracts';

/** A template text in the reader's language, or the other one when it was left empty. */
export function localised(text: Localised, language: string): string {
  const mine = language.startsWith('id') ? text.id : text.en;
  return mine || text.en || text.id;
}
