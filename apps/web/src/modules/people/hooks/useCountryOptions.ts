import { COUNTRY_CODES } from '@hadir/contracts';
import { useMemo } from 'react';
import { useCountryName } from '../../sign-in/hooks/useCountryName';
import { useLanguageStore } from '../../language/state/languageStore';

export interface Option {
  value: string;
  label: string;
}

/** Every country as "Nepal (NP)" in the UI language, in that language's alphabetical order. */
export function useCountryOptions(): Option[] {
  const language = useLanguageStore((state) => state.language);
  const countryName = useCountryName();
  return useMemo(
    () =>
      COUNTRY_CODES.map((code) => ({ value: code, label: `${countryName(code)} (${code})` })).sort(
        (a, b) => a.label.localeCompare(b.label, language),
      ),
    [countryName, language],
  );
}
