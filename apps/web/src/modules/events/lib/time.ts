import { TZDate, tz } from '@date-fns/tz';
import { dateInZone } from '@hadir/domain';
import { type Locale, format } from 'date-fns';

/** The viewer's own zone, as the browser reports it. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "09:00–10:00" as the clock reads in `timeZone`. */
export function formatTimeRange(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  locale: Locale,
): string {
  const options = { in: tz(timeZone), locale };
  return `${format(startsAt, 'HH:mm', options)}–${format(endsAt, 'HH:mm', options)}`;
}

/** A short zone label such as "GMT+5:45", for the offset in force at `at`. */
export function formatZoneOffset(at: string, timeZone: string, locale: Locale): string {
  return format(at, 'zzz', { in: tz(timeZone), locale });
}

/**
 * The weekday and date of `at` in `timeZone` when it is not `programmeDay`: a remote viewer far
 * from the venue may see a session on their previous or next calendar day.
 */
export function formatDayShiftPrefix(
  at: string,
  timeZone: string,
  programmeDay: string,
  locale: Locale,
): string | null {
  if (dateInZone(new Date(at), timeZone) === programmeDay) return null;
  return format(at, 'EEE d MMM', { in: tz(timeZone), locale });
}

/** A `YYYY-MM-DD` calendar date, which belongs to no zone, formatted with a date-fns pattern. */
export function formatCalendarDate(isoDate: string, pattern: string, locale: Locale): string {
  return format(new TZDate(`${isoDate}T00:00:00Z`, 'UTC'), pattern, { in: tz('UTC'), locale });
}

/** "13–17 September 2021": the start date says only what the end date does not already say. */
export function formatDateSpan(startDate: string, endDate: string, locale: Locale): string {
  const end = formatCalendarDate(endDate, 'd MMMM yyyy', locale);
  if (startDate === endDate) return end;
  let startPattern = 'd MMMM yyyy';
  if (startDate.slice(0, 7) === endDate.slice(0, 7)) startPattern = 'd';
  else if (startDate.slice(0, 4) === endDate.slice(0, 4)) startPattern = 'd MMMM';
  return `${formatCalendarDate(startDate, startPattern, locale)}–${end}`;
}

/** The place an IANA zone is named after: "Asia/Jakarta" → "Jakarta", "America/St_Johns" → "St Johns". */
export function placeOfTimeZone(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}
