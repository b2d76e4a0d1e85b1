import {
  EVENT_EXPORT_FORMAT,
  type EventExport,
  eventExportSchema,
  type EventSummary,
  type ImportEventBody,
  importEventBodySchema,
} from '@hadir/contracts';
import { addDays, daysBetween } from '@hadir/domain';

export type PeopleOption = ImportEventBody['people'];

export interface ImportFormValues {
  title: string;
  slug: string;
  startDate: string;
  people: PeopleOption;
}

export const IMPORT_FIELDS = ['file', 'title', 'slug', 'startDate', 'people'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

const SLUG_MAX_LENGTH = 100;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "<slug>-<startDate>.json": the same event exported in two editions never shares a name. */
export function exportFileName(event: Pick<EventSummary, 'slug' | 'startDate'>): string {
  return `${event.slug}-${event.startDate}.json`;
}

/** A short name from a title: "Women-owned SMIs (copy)" → "women-owned-smis-copy". */
export function slugFromTitle(title: string): string {
  return (
    title
      // Letters with accents keep their base letter rather than vanishing.
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, SLUG_MAX_LENGTH)
      .replace(/^-+|-+$/g, '')
  );
}

export function importValuesFor(copyTitle: string): ImportFormValues {
  return {
    title: copyTitle,
    slug: slugFromTitle(copyTitle),
    startDate: '',
    // Participants change from one edition to the next; staff and speakers often do not.
    people: 'staff_and_speakers',
  };
}

/** The new event's last day: the file's programme keeps its length. Null until a date is set. */
export function newEndDate(file: EventExport, startDate: string): string | null {
  if (!ISO_DATE.test(startDate) || Number.isNaN(Date.parse(startDate))) return null;
  return addDays(startDate, daysBetween(file.event.startDate, file.event.endDate));
}

/** How many days the file's event lasts, both ends included. */
export function dayCountOf(file: EventExport): number {
  return daysBetween(file.event.startDate, file.event.endDate) + 1;
}

export function parseImport(file: EventExport, values: ImportFormValues) {
  return importEventBodySchema.safeParse({
    file,
    title: values.title,
    slug: values.slug,
    startDate: values.startDate,
    people: values.people,
  } satisfies Record<keyof ImportEventBody, unknown>);
}

export type ReadExport =
  | { kind: 'export'; file: EventExport }
  /** Not JSON, or JSON of something else: the wrong file was chosen. */
  | { kind: 'not-export' }
  /** It says it is an export but does not hold together: edited by hand, or cut short. */
  | { kind: 'damaged' };

/** A chosen file's text, checked against the export's contract before anything is sent. */
export function readEventExport(text: string): ReadExport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'not-export' };
  }
  const parsed = eventExportSchema.safeParse(json);
  if (parsed.success) return { kind: 'export', file: parsed.data };
  const format = typeof json === 'object' && json !== null && 'format' in json && json.format;
  return format === EVENT_EXPORT_FORMAT ? { kind: 'damaged' } : { kind: 'not-export' };
}
