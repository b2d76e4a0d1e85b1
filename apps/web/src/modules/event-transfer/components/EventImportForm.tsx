import { type EventExport, type ImportedEvent } from '@hadir/contracts';
import { Button, Group, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { useFormFields } from '../../../shared/hooks/useFormFields';
import { clientFieldErrors, serverFieldErrors } from '../../../shared/lib/fieldErrors';
import { formatDateSpan } from '../../events/lib/time';
import { useDateFnsLocale } from '../../language/hooks/useDateFnsLocale';
import { useImportEvent } from '../hooks/useImportEvent';
import {
  dayCountOf,
  IMPORT_FIELDS,
  type ImportField,
  importValuesFor,
  newEndDate,
  parseImport,
  type PeopleOption,
  slugFromTitle,
} from '../lib/importForm';

const PEOPLE_OPTIONS: readonly PeopleOption[] = ['staff_and_speakers', 'all'];

export interface EventImportFormProps {
  file: EventExport;
  /** The server found fault with the file itself; the panel shows that beside the file input. */
  onFileRefused: (message: string) => void;
  onImported: (imported: ImportedEvent) => void;
}

export function EventImportForm({ file, onFileRefused, onImported }: EventImportFormProps) {
  const { t } = useTranslation();
  const locale = useDateFnsLocale();
  const importEvent = useImportEvent();
  const { values, setField, errors, setErrors } = useFormFields(() =>
    importValuesFor(t('transfer.import.copyTitle', { title: file.event.title })),
  );
  // The short name follows the title until the organiser writes one of their own.
  const [slugEdited, setSlugEdited] = useState(false);
  const [unplacedError, setUnplacedError] = useState<unknown>(null);

  const endDate = newEndDate(file, values.startDate);
  const dayCount = dayCountOf(file);

  const invalid = (field: ImportField) => t(`transfer.import.invalid.${field}`);

  const handleTitleChange = (title: string) => {
    setField('title', title);
    if (!slugEdited) setField('slug', slugFromTitle(title));
  };

  const handleSlugChange = (slug: string) => {
    setSlugEdited(true);
    setField('slug', slug);
  };

  const handlePeopleChange = (value: string) => {
    const option = PEOPLE_OPTIONS.find((candidate) => candidate === value);
    if (option) setField('people', option);
  };

  const handleSubmit = (formEvent: FormEvent<HTMLFormElement>) => {
    formEvent.preventDefault();
    setUnplacedError(null);
    const parsed = parseImport(file, values);
    if (!parsed.success) {
      setErrors(clientFieldErrors(parsed.error.issues, IMPORT_FIELDS, invalid));
      return;
    }
    importEvent.mutate(parsed.data, {
      onSuccess: onImported,
      onError: (error) => {
        const server = serverFieldErrors(error, IMPORT_FIELDS);
        const { file: fileError, ...byField } = server.byField;
        setErrors(byField);
        if (fileError !== undefined) onFileRefused(fileError);
        setUnplacedError(server.unplaced ? error : null);
      },
    });
  };

  return (
    <form onSubmit={handleSubmit} noValidate data-testid="event-import-form">
      <Stack gap="sm">
        <TextInput
          label={t('transfer.import.fields.title')}
          value={values.title}
          onChange={(changeEvent) => handleTitleChange(changeEvent.currentTarget.value)}
          error={errors.title}
          required
          data-testid="event-import-title"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('transfer.import.fields.slug')}
            description={t('transfer.import.slugHelp')}
            value={values.slug}
            onChange={(changeEvent) => handleSlugChange(changeEvent.currentTarget.value)}
            error={errors.slug}
            required
            autoCapitalize="none"
            spellCheck={false}
            data-testid="event-import-slug"
          />
          <TextInput
            type="date"
            label={t('transfer.import.fields.startDate')}
            description={
              endDate
                ? t('transfer.import.runs', {
                    count: dayCount,
                    dates: formatDateSpan(values.startDate, endDate, locale),
                  })
                : t('transfer.import.lasts', { count: dayCount })
            }
            value={values.startDate}
            onChange={(changeEvent) => setField('startDate', changeEvent.currentTarget.value)}
            error={errors.startDate}
            required
            data-testid="event-import-start"
          />
        </SimpleGrid>
        <Radio.Group
          label={t('transfer.import.fields.people')}
          value={values.people}
          onChange={handlePeopleChange}
          error={errors.people}
          data-testid="event-import-people"
        >
          <Stack gap="xs" mt={4}>
            {PEOPLE_OPTIONS.map((option) => (
              <Radio
                key={option}
                value={option}
                label={t(`transfer.import.peopleOptions.${option}`)}
                data-testid={`event-import-people-${option}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        {unplacedError !== null && <QueryErrorAlert error={unplacedError} />}
        <Group justify="flex-end">
          <Button type="submit" loading={importEvent.isPending} data-testid="event-import-submit">
            {t('transfer.import.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
