import { PROGRAMME } from '../../src/seed/programme.data';

const HEADER = 'Name,Email,Country,Organisation,Category,Attendance mode,Language';

const CATEGORY_LABEL = {
  official: 'Government official',
  business_owner: 'Business owner',
} as const;

/** How a spreadsheet program saved the file: Excel under many regional settings writes `;` and a BOM. */
interface SavedAs {
  separator: ',' | ';';
  byteOrderMark: boolean;
}

/**
 * The programme's 61 participants as an organiser's spreadsheet would list them, with fresh
 * e-mail addresses (so that they are new to the demo event) and `broken` rows spoiled.
 */
export function participantsCsv(
  domain: string,
  broken: Record<number, (cells: string[], previous: string[]) => void> = {},
  { separator, byteOrderMark }: SavedAs = { separator: ',', byteOrderMark: false },
): string {
  const participants = PROGRAMME.people.filter((p) => p.roles.includes('participant'));
  const table = participants.map((p) => [
    p.name,
    p.email.replace(/@.*/, `@${domain}`),
    p.country,
    p.organisation,
    CATEGORY_LABEL[p.category as keyof typeof CATEGORY_LABEL] ?? p.category,
    p.attendanceMode === 'in_person' ? 'In-person' : 'Remote',
    p.locale,
  ]);
  table.forEach((cells, index) => broken[index]?.(cells, table[index - 1] ?? []));
  const quoted = (cell: string) =>
    /["\n]/.test(cell) || cell.includes(separator) ? `"${cell.replace(/"/g, '""')}"` : cell;
  const rows = table.map((cells) => cells.map(quoted).join(separator));
  const file = [HEADER.replaceAll(',', separator), ...rows].join('\r\n');
  return byteOrderMark ? `\uFEFF${file}` : file;
}
