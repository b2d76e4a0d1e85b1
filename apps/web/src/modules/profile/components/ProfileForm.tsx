import { localeSchema, type Me } from '@hadir/contracts';
import { Alert, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { useFormFields } from '../../../shared/hooks/useFormFields';
import { clientFieldErrors, serverFieldErrors } from '../../../shared/lib/fieldErrors';
import { viewerTimeZone } from '../../events/lib/time';
import { useCountryOptions } from '../../people/hooks/useCountryOptions';
import { useTimeZoneOptions } from '../../people/hooks/useTimeZoneOptions';
import { useUpdateProfile } from '../hooks/useUpdateProfile';
import { parseProfileChanges, PROFILE_FIELDS, profileValuesOf } from '../lib/profileForm';

export interface ProfileFormProps {
  me: Me;
}

export function ProfileForm({ me }: ProfileFormProps) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const { values, setField, errors, setErrors } = useFormFields(() => profileValuesOf(me));
  const [unplacedError, setUnplacedError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const countryOptions = useCountryOptions();
  const timeZoneOptions = useTimeZoneOptions(values.timezone);
  const [browserZone] = useState(viewerTimeZone);

  const handleChange: typeof setField = (field, value) => {
    setSaved(false);
    setField(field, value);
  };

  const handleSubmit = (formEvent: FormEvent<HTMLFormElement>) => {
    formEvent.preventDefault();
    setUnplacedError(null);
    setSaved(false);
    const parsed = parseProfileChanges(me, values);
    if (!parsed.success) {
      setErrors(
        clientFieldErrors(parsed.error.issues, PROFILE_FIELDS, (field) =>
          t(`profile.invalid.${field}`),
        ),
      );
      return;
    }
    update.mutate(parsed.data, {
      onSuccess: () => setSaved(true),
      onError: (error) => {
        const server = serverFieldErrors(error, PROFILE_FIELDS);
        setErrors(server.byField);
        setUnplacedError(server.unplaced ? error : null);
      },
    });
  };

  return (
    <form onSubmit={handleSubmit} noValidate data-testid="profile-form">
      <Stack gap="sm" maw={520}>
        <TextInput label={t('people.fields.name')} value={me.name} readOnly disabled />
        <Select
          label={t('people.fields.country')}
          data={countryOptions}
          value={values.country}
          onChange={(value) => handleChange('country', value)}
          error={errors.country}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('people.noCountry')}
          data-testid="profile-country-input"
        />
        <TextInput
          label={t('people.fields.organisation')}
          value={values.organisation}
          onChange={(changeEvent) => handleChange('organisation', changeEvent.currentTarget.value)}
          error={errors.organisation}
          data-testid="profile-organisation-input"
        />
        <Select
          label={t('profile.language')}
          description={t('profile.languageHint')}
          data={localeSchema.options.map((locale) => ({
            value: locale,
            label: t(`language.${locale}`),
          }))}
          value={values.locale}
          onChange={(value) => {
            const parsed = localeSchema.safeParse(value);
            if (parsed.success) handleChange('locale', parsed.data);
          }}
          allowDeselect={false}
          error={errors.locale}
          data-testid="profile-locale-input"
        />
        <Select
          label={t('people.fields.timezone')}
          description={t('profile.timezoneHint', { zone: browserZone })}
          data={timeZoneOptions}
          value={values.timezone}
          onChange={(value) => handleChange('timezone', value)}
          error={errors.timezone}
          searchable
          allowDeselect={false}
          limit={100}
          nothingFoundMessage={t('people.noTimeZone')}
          data-testid="profile-timezone-input"
        />
        {unplacedError !== null && <QueryErrorAlert error={unplacedError} />}
        {saved && (
          <Alert color="green" variant="light" role="status" data-testid="profile-saved">
            {t('profile.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={update.isPending} data-testid="profile-save">
            {t('common.save')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('profile.nameHint')}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
