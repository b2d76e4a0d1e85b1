import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { useLanguageStore } from '../modules/language/state/languageStore';
import { en } from './en';
import { id } from './id';

const resources = { en: { translation: en }, id: { translation: id } } as const;

/** Starts i18next in the language the store resolved, and follows the store from then on. */
export function setUpI18n(): typeof i18next {
  const { language } = useLanguageStore.getState();
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    // React escapes what it renders; escaping here too would show "&amp;" to people.
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  useLanguageStore.subscribe((state, previous) => {
    if (state.language === previous.language) return;
    document.documentElement.lang = state.language;
    void i18next.changeLanguage(state.language);
  });
  return i18next;
}
