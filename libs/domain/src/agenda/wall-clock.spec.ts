import { instantOf, wallClockOf } from './wall-clock';

describe(instantOf.name, () => {
  it('should read a Jakarta wall-clock time as UTC+7', () => {
    expect(instantOf('2021-09-13', '08:30', 'Asia/Jakarta').toISOString()).toBe(
      '2021-09-13T01:30:00.000Z',
    );
  });

  it('should follow daylight saving time where a zone has it', () => {
    expect(instantOf('2021-07-01', '12:00', 'Europe/Amsterdam').toISOString()).toBe(
      '2021-07-01T10:00:00.000Z',
    );
    expect(instantOf('2021-12-01', '12:00', 'Europe/Amsterdam').toISOString()).toBe(
      '2021-12-01T11:00:00.000Z',
    );
  });

  it('should reject something that is not a date and a time', () => {
    expect(() => instantOf('13/09/2021', '8:30', 'Asia/Jakarta')).toThrow(RangeError);
  });
});

describe(wallClockOf.name, () => {
  it('should show one instant as each viewer sees it', () => {
    const instant = new Date('2021-09-13T01:30:00.000Z');
    expect(wallClockOf(instant, 'Asia/Jakarta')).toEqual({ date: '2021-09-13', time: '08:30' });
    expect(wallClockOf(instant, 'Asia/Karachi')).toEqual({ date: '2021-09-13', time: '06:30' });
    expect(wallClockOf(instant, 'Asia/Manila')).toEqual({ date: '2021-09-13', time: '09:30' });
    expect(wallClockOf(instant, 'Asia/Kathmandu')).toEqual({ date: '2021-09-13', time: '07:15' });
  });
});
