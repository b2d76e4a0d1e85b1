/** ICU still reports some zones by their old names; people know the current ones. */
const CURRENT_NAMES: Record<string, string> = {
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Thimbu': 'Asia/Thimphu',
  'Asia/Dacca': 'Asia/Dhaka',
};

/**
 * Where a person is during the event, when nobody said: in the venue's zone when they attend in
 * person, else their country's main zone (the first ICU lists), else the venue's.
 */
export function defaultTimeZone(
  country: string,
  attendanceMode: 'in_person' | 'remote',
  eventTimeZone: string,
): string {
  if (attendanceMode === 'in_person') return eventTimeZone;
  const locale = new Intl.Locale(`und-${country}`) as Intl.Locale & { timeZones?: string[] };
  const zone = locale.timeZones?.[0];
  return zone ? (CURRENT_NAMES[zone] ?? zone) : eventTimeZone;
}
