/** One agenda item as a calendar sees it. */
export interface CalendarEntry {
  /** Stable across versions of the file, so that a calendar updates the entry instead of adding one. */
  uid: string;
  startsAt: Date;
  endsAt: Date;
  title: string;
  description: string;
  location: string | null;
  url: string;
}

export interface CalendarFile {
  /** Shown as the calendar's name by the clients that read it (X-WR-CALNAME). */
  name: string;
  entries: CalendarEntry[];
  /** When the file was written: every entry's DTSTAMP. */
  writtenAt: Date;
}

/**
 * An iCalendar file (RFC 5545). Times are written in UTC, which every calendar shows in its own
 * reader's zone; a session that crosses midnight somewhere needs nothing more.
 */
export function icsCalendar(file: CalendarFile): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Hadir//Agenda//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(file.name)}`,
  ];
  for (const entry of file.entries) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(entry.uid)}`,
      `DTSTAMP:${utc(file.writtenAt)}`,
      `DTSTART:${utc(entry.startsAt)}`,
      `DTEND:${utc(entry.endsAt)}`,
      `SUMMARY:${escapeText(entry.title)}`,
      ...(entry.description ? [`DESCRIPTION:${escapeText(entry.description)}`] : []),
      ...(entry.location ? [`LOCATION:${escapeText(entry.location)}`] : []),
      `URL:${entry.url}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

function utc(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT values: backslash, semicolon and comma escaped, line breaks as `\n`. */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

const LINE_OCTETS = 75;

/** How many bytes the character takes in UTF-8. */
function octetsOf(char: string): number {
  const point = char.codePointAt(0) ?? 0;
  return point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
}

/**
 * Lines longer than 75 octets continue on the next line after a space, cut between characters
 * so that a name like "Nguyễn Thị Lan" never splits inside a UTF-8 sequence.
 */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = octetsOf(char);
    const limit = parts.length === 0 ? LINE_OCTETS : LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
