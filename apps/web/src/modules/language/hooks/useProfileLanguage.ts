import { useEffect } from 'react';
import { useMe } from '../../auth/hooks/useMe';
import { useLanguageStore } from '../state/languageStore';

/** Speaks the language of the person's profile, unless they picked one on this device. */
export function useProfileLanguage(): void {
  const { data: me } = useMe();
  const adoptProfileLocale = useLanguageStore((state) => state.adoptProfileLocale);
  useEffect(() => {
    if (me) adoptProfileLocale(me.locale);
  }, [adoptProfileLocale, me]);
}
