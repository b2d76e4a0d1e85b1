import { useCallback, useMemo } from 'react';
import { useLanguageStore } from '../../language/state/languageStore';

/** Country names from ISO 3166 codes, in the UI language ("NP" → "Nepal"). */
export function useCountryName(): (code: string) => string {
  const language = useLanguageStore((state) => state.language);
  const names = useMemo(() => new Intl.DisplayNames([language], { type: 'region' }), [language]);
  return useCallback((code: string) => names.of(code.toUpperCase()) ?? code, [names]);
}
