import { type Locale, type Me, updateProfileBodySchema } from '@hadir/contracts';

export interface ProfileFormValues {
  country: string | null;
  organisation: string;
  locale: Locale;
  timezone: string | null;
}

export const PROFILE_FIELDS = ['country', 'organisation', 'locale', 'timezone'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export function profileValuesOf(me: Me): ProfileFormValues {
  return {
    country: me.country,
    organisation: me.organisation,
    locale: me.locale,
    timezone: me.timezone,
  };
}

/** Only what changed is sent, so saving an untouched language does not override this device's. */
export function parseProfileChanges(me: Me, values: ProfileFormValues) {
  const before = profileValuesOf(me);
  const changed: Record<string, unknown> = {};
  for (const field of PROFILE_FIELDS) {
    if (values[field] !== before[field]) changed[field] = values[field] ?? '';
  }
  return updateProfileBodySchema.safeParse(changed);
}
