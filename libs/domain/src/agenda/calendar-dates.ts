const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toUtcDays(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${isoDate}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** Calendar arithmetic on `YYYY-MM-DD` strings, free of any time zone. */
export function addDays(isoDate: string, days: number): string {
  return new Date((toUtcDays(isoDate) + days) * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(fromIsoDate: string, toIsoDate: string): number {
  return toUtcDays(toIsoDate) - toUtcDays(fromIsoDate);
}

/** Every date from `startDate` to `endDate`, both included. */
export function datesOf(startDate: string, endDate: string): string[] {
  const count = daysBetween(startDate, endDate) + 1;
  if (count < 1) throw new RangeError(`End date ${endDate} is before start date ${startDate}`);
  return Array.from({ length: count }, (_, i) => addDays(startDate, i));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of `at` as seen in `timeZone`. */
export function dateInZone(at: Date, timeZone: string): string {
  // Building a formatter costs far more than using one; check-in asks for every scan.
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
