import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Locale } from '@hadir/contracts';
import { useLanguageStore } from '../modules/language/state/languageStore';
import { en } from './en';

/**
 * English is the fallback and ships with the app; Indonesian downloads only for those who read
 * it, so that nobody's first load carries both (11 KB gzipped each).
 */
async function load(language: Locale): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  if (language === 'id') i18next.addResourceBundle('id', 'translation', (await import('./id')).id);
}

/** Starts i18next in the language the store resolved, and follows the store from then on. */
export async function setUpI18n(): Promise<typeof i18next> {
  const { language } = useLanguageStore.getState();
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    initAsync: false,
    // React escapes what it renders; escaping here too would show "&amp;" to people.
    interpolation: { escapeValue: false },
  });
  await load(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  useLanguageStore.subscribe((state, previous) => {
    if (state.language === previous.language) return;
    void load(state.language).then(async () => {
      // The store's language now, not the one asked for: a quick second switch may have won.
      const { language: current } = useLanguageStore.getState();
      await i18next.changeLanguage(current);
      document.documentElement.lang = current;
    });
  });
  return i18next;
}
