import {
  attendanceModeSchema,
  type EventPerson,
  type EventSummary,
  localeSchema,
  personCategorySchema,
  ROLES,
  roleSchema,
} from '@hadir/contracts';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { useFormFields } from '../../../shared/hooks/useFormFields';
import { clientFieldErrors, serverFieldErrors } from '../../../shared/lib/fieldErrors';
import { newId } from '../../../shared/lib/newId';
import { useCountryOptions } from '../hooks/useCountryOptions';
import { useSavePerson } from '../hooks/useSavePerson';
import { useTimeZoneOptions } from '../hooks/useTimeZoneOptions';
import {
  impliedTimeZone,
  newPersonValues,
  parseNewPerson,
  parsePersonChanges,
  PERSON_FIELDS,
  personValuesOf,
} from '../lib/personForm';

export interface PersonFormModalProps {
  event: EventSummary;
  /** The person to edit, as the list has them now; null to add someone. */
  person: EventPerson | null;
  onClose: () => void;
}

export function PersonFormModal({ event, person, onClose }: PersonFormModalProps) {
  const { t } = useTranslation();
  const save = useSavePerson(event.id);
  const [id] = useState(() => person?.id ?? newId());
  const { values, setField, errors, setErrors } = useFormFields(() =>
    person ? personValuesOf(person) : newPersonValues(),
  );
  const [unplacedError, setUnplacedError] = useState<unknown>(null);
  const countryOptions = useCountryOptions();
  const timeZoneOptions = useTimeZoneOptions(values.timezone);
  const implied = person ? null : impliedTimeZone({ ...values, timezone: null }, event.timezone);

  const invalid = (field: (typeof PERSON_FIELDS)[number]) => t(`people.invalid.${field}`);

  const handleSubmit = (formEvent: FormEvent<HTMLFormElement>) => {
    formEvent.preventDefault();
    setUnplacedError(null);
    const handlers = {
      onSuccess: onClose,
      onError: (error: unknown) => {
        const server = serverFieldErrors(error, PERSON_FIELDS);
        setErrors(server.byField);
        setUnplacedError(server.unplaced ? error : null);
      },
    };
    if (!person) {
      const parsed = parseNewPerson(id, values, event.timezone);
      if (!parsed.success) {
        setErrors(clientFieldErrors(parsed.error.issues, PERSON_FIELDS, invalid));
        return;
      }
      save.mutate({ kind: 'create', body: parsed.data }, handlers);
      return;
    }
    const parsed = parsePersonChanges(person, values);
    if (!parsed.success) {
      setErrors(clientFieldErrors(parsed.issues, PERSON_FIELDS, invalid));
      return;
    }
    if (!parsed.changes.details && !parsed.changes.roles) {
      onClose();
      return;
    }
    save.mutate({ kind: 'update', personId: person.id, changes: parsed.changes }, handlers);
  };

  const handleRolesChange = (value: string[]) => {
    setField(
      'roles',
      value.flatMap((role) => {
        const parsed = roleSchema.safeParse(role);
        return parsed.success ? [parsed.data] : [];
      }),
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={person ? t('people.editTitle', { name: person.name }) : t('people.addTitle')}
      closeOnClickOutside={false}
      data-testid="person-form-modal"
    >
      <form onSubmit={handleSubmit} noValidate data-testid="person-form">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('people.fields.name')}
              value={values.name}
              onChange={(changeEvent) => setField('name', changeEvent.currentTarget.value)}
              error={errors.name}
              required
              data-autofocus
              data-testid="person-name-input"
            />
            <TextInput
              type="email"
              label={t('people.fields.email')}
              value={values.email}
              onChange={(changeEvent) => setField('email', changeEvent.currentTarget.value)}
              error={errors.email}
              required
              data-testid="person-email-input"
            />
            <Select
              label={t('people.fields.country')}
              data={countryOptions}
              value={values.country}
              onChange={(value) => setField('country', value)}
              error={errors.country}
              searchable
              required
              nothingFoundMessage={t('people.noCountry')}
              data-testid="person-country-input"
            />
            <TextInput
              label={t('people.fields.organisation')}
              value={values.organisation}
              onChange={(changeEvent) => setField('organisation', changeEvent.currentTarget.value)}
              error={errors.organisation}
              data-testid="person-organisation-input"
            />
            <Select
              label={t('people.fields.category')}
              data={personCategorySchema.options.map((category) => ({
                value: category,
                label: t(`categories.${category}`),
              }))}
              value={values.category}
              onChange={(value) => {
                const parsed = personCategorySchema.safeParse(value);
                setField('category', parsed.success ? parsed.data : null);
              }}
              error={errors.category}
              required
              data-testid="person-category-input"
            />
            <Select
              label={t('people.fields.attendanceMode')}
              data={attendanceModeSchema.options.map((mode) => ({
                value: mode,
                label: t(`attendance.${mode}`),
              }))}
              value={values.attendanceMode}
              onChange={(value) => {
                const parsed = attendanceModeSchema.safeParse(value);
                if (parsed.success) setField('attendanceMode', parsed.data);
              }}
              allowDeselect={false}
              error={errors.attendanceMode}
              data-testid="person-mode-input"
            />
            <Select
              label={t('people.fields.locale')}
              data={localeSchema.options.map((locale) => ({
                value: locale,
                label: t(`language.${locale}`),
              }))}
              value={values.locale}
              onChange={(value) => {
                const parsed = localeSchema.safeParse(value);
                if (parsed.success) setField('locale', parsed.data);
              }}
              allowDeselect={false}
              error={errors.locale}
              data-testid="person-locale-input"
            />
            <Select
              label={t('people.fields.timezone')}
              data={timeZoneOptions}
              value={values.timezone}
              onChange={(value) => setField('timezone', value)}
              placeholder={
                implied ? t('people.impliedTimeZone', { zone: implied }) : t('people.autoTimeZone')
              }
              error={errors.timezone}
              searchable
              clearable={!person}
              limit={100}
              nothingFoundMessage={t('people.noTimeZone')}
              data-testid="person-timezone-input"
            />
          </SimpleGrid>
          <Checkbox.Group
            label={t('people.fields.roles')}
            value={values.roles}
            onChange={handleRolesChange}
            error={errors.roles}
            data-testid="person-roles-input"
          >
            <Group mt={4} gap="md">
              {ROLES.map((role) => (
                <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          {unplacedError !== null && <QueryErrorAlert error={unplacedError} />}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose} disabled={save.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="person-save">
              {person ? t('common.save') : t('people.addSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
