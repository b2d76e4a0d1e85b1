import { useTranslation } from 'react-i18next';

/** Minutes as hours and minutes ("3 h 05 min"). */
export function useDuration(): (minutes: number) => string {
  const { t } = useTranslation();
  return (minutes) => {
    const hours = Math.floor(minutes / 60);
    const rest = String(minutes % 60).padStart(hours > 0 ? 2 : 1, '0');
    return hours > 0
      ? t('ledger.hoursMinutes', { hours, minutes: rest })
      : t('ledger.minutes', { minutes: rest });
  };
}
