import { type DemoPerson, ROLES, type Role } from '@hadir/contracts';

export interface RoleGroup {
  role: Role;
  people: DemoPerson[];
}

/** Each person once, under their most senior role, groups in the order of `ROLES`. */
export function groupByRole(people: readonly DemoPerson[]): RoleGroup[] {
  const rank = (person: DemoPerson) =>
    Math.min(...person.roles.map((role) => ROLES.indexOf(role)), ROLES.length - 1);
  return ROLES.map((role, index) => ({
    role,
    people: people
      .filter((person) => rank(person) === index)
      .sort((a, b) => a.name.localeCompare(b.name)),
  })).filter((group) => group.people.length > 0);
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

/** What a search looks at; organisers also search by e-mail, which the demo list does not carry. */
export interface SearchablePerson {
  name: string;
  organisation: string;
  country: string;
  email?: string | null;
}

/**
 * People whose name, organisation, e-mail, country code or country name contains every word of the
 * query. `countryNames` gives the names to match for a code: the UI language's and English, so
 * "Nepal" finds the same people whatever the language.
 */
export function filterPeople<P extends SearchablePerson>(
  people: readonly P[],
  query: string,
  countryNames: (code: string) => string[],
): P[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...people];
  return people.filter((person) => {
    const haystack = fold(
      [
        person.name,
        person.organisation,
        person.email ?? '',
        person.country,
        ...countryNames(person.country),
      ].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}
