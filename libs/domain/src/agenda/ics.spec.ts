import ICAL from 'ical.js';
import { icsCalendar } from './ics';

const session = {
  uid: 'session-1@hadir',
  startsAt: new Date('2026-12-07T16:30:00.000Z'),
  endsAt: new Date('2026-12-07T18:00:00.000Z'),
  title: 'Export markets; tariffs, quotas, and the rest',
  description: 'Moderated by Nguyễn Thị Lan\nBring your country figures',
  location: 'Hall B',
  url: 'https://hadir.example/events/e/sessions/s',
};

function parsed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe(icsCalendar.name, () => {
  const writtenAt = new Date('2026-12-04T00:00:00.000Z');

  it('should read back as the same sessions, at the same instants, in a maintained parser', () => {
    const text = icsCalendar({ name: 'Capacity building', entries: [session], writtenAt });
    const [event] = parsed(text);
    expect(event?.uid).toBe(session.uid);
    expect(event?.summary).toBe(session.title);
    expect(event?.description).toBe(session.description);
    expect(event?.location).toBe('Hall B');
    expect(event?.startDate.toJSDate().toISOString()).toBe(session.startsAt.toISOString());
    expect(event?.endDate.toJSDate().toISOString()).toBe(session.endsAt.toISOString());
  });

  it('should end every line with CRLF and keep each within 75 octets, never splitting a character', () => {
    const long = { ...session, description: 'Nguyễn Thị Lan '.repeat(20) };
    const text = icsCalendar({ name: 'Programme', entries: [long], writtenAt });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(parsed(text)[0]?.description).toBe(long.description);
  });

  it('should leave out what a session does not have', () => {
    const text = icsCalendar({
      name: 'Programme',
      entries: [{ ...session, description: '', location: null }],
      writtenAt,
    });
    expect(text).not.toContain('LOCATION');
    expect(text).not.toContain('DESCRIPTION');
    expect(parsed(text)).toHaveLength(1);
  });
});
