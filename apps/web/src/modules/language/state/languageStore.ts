import { type Locale, localeSchema } from '@hadir/contracts';
import { create } from 'zustand';
import { readStored, writeStored } from '../../../shared/lib/storage';

export const LANGUAGE_KEY = 'hadir.language';

interface LanguageState {
  language: Locale;
  /** True once the person picked a language here; their profile's locale then no longer applies. */
  chosen: boolean;
  /** The language shown before the profile's was adopted, until the person answers the notice. */
  adoptedOver: Locale | null;
  choose: (language: Locale) => void;
  adoptProfileLocale: (locale: Locale) => void;
  keepAdopted: () => void;
}

function initialLanguage(): Pick<LanguageState, 'language' | 'chosen'> {
  const stored = localeSchema.safeParse(readStored(LANGUAGE_KEY));
  if (stored.success) return { language: stored.data, chosen: true };
  const browser = navigator.language.toLowerCase().startsWith('id') ? 'id' : 'en';
  return { language: browser, chosen: false };
}

export const useLanguageStore = create<LanguageState>()((set, get) => ({
  ...initialLanguage(),
  adoptedOver: null,
  choose: (language) => {
    writeStored(LANGUAGE_KEY, language);
    set({ language, chosen: true, adoptedOver: null });
  },
  adoptProfileLocale: (locale) => {
    const { chosen, language } = get();
    if (!chosen && locale !== language) set({ language: locale, adoptedOver: language });
  },
  keepAdopted: () => get().choose(get().language),
}));
