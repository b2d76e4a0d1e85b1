import { addDays, dateInZone, datesOf, daysBetween } from './calendar-dates';

describe('calendar dates', () => {
  it('should add days across month and leap-year boundaries', () => {
    expect(addDays('2021-09-30', 1)).toBe('2021-10-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2021-09-13', -13)).toBe('2021-08-31');
  });

  it('should count the days between two dates', () => {
    expect(daysBetween('2021-09-13', '2026-11-28')).toBe(1902);
    expect(daysBetween('2021-09-17', '2021-09-13')).toBe(-4);
  });

  it('should list every day of a programme, both ends included', () => {
    expect(datesOf('2021-09-13', '2021-09-17')).toEqual([
      '2021-09-13',
      '2021-09-14',
      '2021-09-15',
      '2021-09-16',
      '2021-09-17',
    ]);
    expect(() => datesOf('2021-09-17', '2021-09-13')).toThrow(RangeError);
  });

  it('should reject a date that is not YYYY-MM-DD', () => {
    expect(() => addDays('13/09/2021', 1)).toThrow('Not a calendar date');
  });

  it('should give the calendar date in the zone, not in UTC', () => {
    const lateEveningUtc = new Date('2021-09-13T20:00:00Z');
    expect(dateInZone(lateEveningUtc, 'Asia/Jakarta')).toBe('2021-09-14');
    expect(dateInZone(lateEveningUtc, 'UTC')).toBe('2021-09-13');
  });
});
