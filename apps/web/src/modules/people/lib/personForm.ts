import {
  type AttendanceMode,
  type CreatePersonBody,
  createPersonBodySchema,
  type EventPerson,
  type Locale,
  type PersonCategory,
  type Role,
  setRolesBodySchema,
  type UpdatePersonBody,
  updatePersonBodySchema,
} from '@hadir/contracts';
import { defaultTimeZone } from '@hadir/domain';

export interface PersonFormValues {
  name: string;
  email: string;
  country: string | null;
  organisation: string;
  category: PersonCategory | null;
  attendanceMode: AttendanceMode;
  locale: Locale;
  /** Null for a new person: chosen from their country and attendance mode. */
  timezone: string | null;
  roles: Role[];
}

export const PERSON_FIELDS = [
  'name',
  'email',
  'country',
  'organisation',
  'category',
  'attendanceMode',
  'locale',
  'timezone',
  'roles',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export function newPersonValues(): PersonFormValues {
  return {
    name: '',
    email: '',
    country: null,
    organisation: '',
    category: null,
    attendanceMode: 'remote',
    locale: 'en',
    timezone: null,
    roles: ['participant'],
  };
}

export function personValuesOf(person: EventPerson): PersonFormValues {
  return {
    name: person.name,
    email: person.email ?? '',
    country: person.country,
    organisation: person.organisation,
    category: person.category,
    attendanceMode: person.attendanceMode,
    locale: person.locale,
    timezone: person.timezone,
    roles: person.roles,
  };
}

/** The time zone a new person gets when the organiser leaves it to Hadir. */
export function impliedTimeZone(values: PersonFormValues, eventTimeZone: string): string | null {
  if (values.timezone) return values.timezone;
  if (!values.country) return null;
  return defaultTimeZone(values.country, values.attendanceMode, eventTimeZone);
}

export function parseNewPerson(id: string, values: PersonFormValues, eventTimeZone: string) {
  return createPersonBodySchema.safeParse({
    id,
    name: values.name,
    email: values.email,
    country: values.country ?? '',
    organisation: values.organisation,
    category: values.category,
    attendanceMode: values.attendanceMode,
    locale: values.locale,
    timezone: impliedTimeZone(values, eventTimeZone) ?? '',
    roles: values.roles,
  } satisfies Record<keyof CreatePersonBody, unknown>);
}

export interface PersonChanges {
  /** Only the fields that differ from what the server has; null when none do. */
  details: UpdatePersonBody | null;
  roles: Role[] | null;
}

/** What an edit changes, checked against the contract; fields left as they were are not sent. */
export function parsePersonChanges(person: EventPerson, values: PersonFormValues) {
  const before = personValuesOf(person);
  const changed: Record<string, unknown> = {};
  for (const field of PERSON_FIELDS) {
    if (field === 'roles') continue;
    if (values[field] !== before[field]) changed[field] = values[field] ?? '';
  }
  const rolesChanged =
    values.roles.length !== before.roles.length ||
    values.roles.some((role) => !before.roles.includes(role));

  const details = updatePersonBodySchema.safeParse(changed);
  const roles = setRolesBodySchema.safeParse({ roles: values.roles });
  const issues = [
    ...(details.success ? [] : details.error.issues),
    ...(roles.success || !rolesChanged ? [] : roles.error.issues),
  ];
  if (issues.length > 0) return { success: false as const, issues };
  const changes: PersonChanges = {
    details: details.success && Object.keys(changed).length > 0 ? details.data : null,
    roles: rolesChanged && roles.success ? roles.data.roles : null,
  };
  return { success: true as const, changes };
}
