import { type Locale as UiLanguage } from '@hadir/contracts';
import { type Locale as DateFnsLocale } from 'date-fns';
import { enGB, id } from 'date-fns/locale';
import { useLanguageStore } from '../state/languageStore';

const dateFnsLocales: Record<UiLanguage, DateFnsLocale> = { en: enGB, id };

/** The date-fns locale that matches the UI language, so dates read the same as the text around them. */
export function useDateFnsLocale(): DateFnsLocale {
  return dateFnsLocales[useLanguageStore((state) => state.language)];
}
