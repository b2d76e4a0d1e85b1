import { useMemo } from 'react';
import { formatZoneOffset } from '../../events/lib/time';
import { useDateFnsLocale } from '../../language/hooks/useDateFnsLocale';
import { type Option } from './useCountryOptions';

/**
 * The browser's IANA zones as "Asia/Jakarta (GMT+7)", plus `current` when the browser does not
 * list it (an older or newer spelling of the same zone), so a saved value is never dropped.
 */
export function useTimeZoneOptions(current: string | null): Option[] {
  const locale = useDateFnsLocale();
  return useMemo(() => {
    const zones = new Set(Intl.supportedValuesOf('timeZone'));
    if (current) zones.add(current);
    const now = new Date().toISOString();
    return [...zones]
      .sort((a, b) => a.localeCompare(b))
      .map((zone) => ({ value: zone, label: `${zone} (${formatZoneOffset(now, zone, locale)})` }));
  }, [current, locale]);
}
