import {
  type FieldIssue,
  type Locale,
  type PersonCategory,
  type PersonInput,
  personInputSchema,
} from '@hadir/contracts';
import { parseCsv } from '../csv/csv';
import { defaultTimeZone } from './time-zones';

export interface PeopleCsvRow {
  /** 1-based line in the file; the header is line 1. */
  line: number;
  name: string;
  email: string;
  /** Present when the row is valid. */
  person?: PersonInput;
  errors: FieldIssue[];
}

type Column = keyof PersonInput;

const HEADER_ALIASES: Record<string, Column> = {
  name: 'name',
  fullname: 'name',
  email: 'email',
  emailaddress: 'email',
  country: 'country',
  organisation: 'organisation',
  organization: 'organisation',
  category: 'category',
  attendancemode: 'attendanceMode',
  attendance: 'attendanceMode',
  mode: 'attendanceMode',
  language: 'locale',
  preferredlanguage: 'locale',
  locale: 'locale',
  timezone: 'timezone',
};

const REQUIRED: Column[] = ['name', 'email', 'country', 'category', 'attendanceMode'];

const CATEGORY_ALIASES: Record<string, PersonCategory> = {
  official: 'official',
  governmentofficial: 'official',
  government: 'official',
  businessowner: 'business_owner',
  business: 'business_owner',
  smiowner: 'business_owner',
  speaker: 'speaker',
  staff: 'staff',
};

const MODE_ALIASES: Record<string, 'in_person' | 'remote'> = {
  inperson: 'in_person',
  onsite: 'in_person',
  hall: 'in_person',
  remote: 'remote',
  online: 'remote',
};

const LOCALE_ALIASES: Record<string, Locale> = {
  en: 'en',
  english: 'en',
  id: 'id',
  indonesian: 'id',
  bahasaindonesia: 'id',
  bahasa: 'id',
};

/** Says how a file that lacks columns was read, for when the separator guess was the cause. */
const SEPARATOR_NOTE: Record<string, string> = {
  ';': " (read as separated by ';')",
  '\t': ' (read as separated by tabs)',
};

const key = (value: string) => value.toLowerCase().replace(/[^a-z]/g, '');

/** English country names (and codes) to ISO codes, so a file may use either. */
const COUNTRY_BY_NAME: ReadonlyMap<string, string> = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const map = new Map<string, string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (name && name !== code) map.set(key(name), code);
    }
  }
  map.set('vietnam', 'VN');
  map.set('laos', 'LA');
  return map;
})();

/**
 * Reads a people CSV into validated rows. Every problem is reported against its line and column;
 * a second row with an e-mail already seen in the file is an error, not a silent overwrite.
 */
export function readPeopleCsv(
  csv: string,
  eventTimeZone: string,
): { rows: PeopleCsvRow[]; fileErrors: FieldIssue[] } {
  const { rows: lines, separator } = parseCsv(csv);
  const [header, ...records] = lines;
  if (!header) return { rows: [], fileErrors: [{ path: 'file', message: 'The file is empty' }] };
  if (header.problem) {
    return { rows: [], fileErrors: [{ path: 'header', message: `Line 1: ${header.problem}` }] };
  }

  const columns = header.fields.map((title) => HEADER_ALIASES[key(title)]);
  const missing = REQUIRED.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    return {
      rows: [],
      fileErrors: [
        {
          path: 'header',
          message: `Missing column(s): ${missing.join(', ')}. Expected: name, email, country, organisation, category, attendance mode, language${SEPARATOR_NOTE[separator] ?? ''}`,
        },
      ],
    };
  }

  const seen = new Set<string>();
  const rows = records.map(({ line, fields, problem }): PeopleCsvRow => {
    const raw: Partial<Record<Column, string>> = {};
    columns.forEach((column, i) => {
      if (column) raw[column] = (fields[i] ?? '').trim();
    });
    if (problem) {
      return {
        line,
        name: raw.name ?? '',
        email: raw.email ?? '',
        // An empty path is the whole row, as the report shows it; the report gives the line.
        errors: [{ path: '', message: `${problem[0]?.toUpperCase()}${problem.slice(1)}` }],
      };
    }
    const country = raw.country ?? '';
    const attendanceMode = MODE_ALIASES[key(raw.attendanceMode ?? '')] ?? raw.attendanceMode;
    const candidate = {
      name: raw.name ?? '',
      email: raw.email ?? '',
      country: COUNTRY_BY_NAME.get(key(country)) ?? country,
      organisation: raw.organisation ?? '',
      category: CATEGORY_ALIASES[key(raw.category ?? '')] ?? raw.category,
      attendanceMode,
      locale: raw.locale ? (LOCALE_ALIASES[key(raw.locale)] ?? raw.locale) : 'en',
      timezone: raw.timezone || undefined,
    };
    const parsed = personInputSchema.safeParse({
      ...candidate,
      timezone:
        candidate.timezone ??
        (/^[A-Z]{2}$/.test(candidate.country) &&
        (attendanceMode === 'in_person' || attendanceMode === 'remote')
          ? defaultTimeZone(candidate.country, attendanceMode, eventTimeZone)
          : eventTimeZone),
    });
    const row: PeopleCsvRow = { line, name: candidate.name, email: candidate.email, errors: [] };
    if (!parsed.success) {
      row.errors = parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      }));
      return row;
    }
    if (seen.has(parsed.data.email)) {
      row.errors = [
        { path: 'email', message: `Duplicate: ${parsed.data.email} appears earlier in the file` },
      ];
      return row;
    }
    seen.add(parsed.data.email);
    row.email = parsed.data.email;
    row.person = parsed.data;
    return row;
  });
  return { rows, fileErrors: [] };
}
