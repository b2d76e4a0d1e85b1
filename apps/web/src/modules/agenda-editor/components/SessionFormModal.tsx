import {
  type AgendaSession,
  type EventPerson,
  type EventSummary,
  SESSION_KINDS,
  sessionKindSchema,
} from '@hadir/contracts';
import { datesOf } from '@hadir/domain';
import {
  Autocomplete,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { useFormFields } from '../../../shared/hooks/useFormFields';
import { clientFieldErrors, serverFieldErrors } from '../../../shared/lib/fieldErrors';
import { newId } from '../../../shared/lib/newId';
import { formatCalendarDate, formatZoneOffset } from '../../events/lib/time';
import { useDateFnsLocale } from '../../language/hooks/useDateFnsLocale';
import { useSaveSession } from '../hooks/useSaveSession';
import {
  newSessionValues,
  parseSessionForm,
  SESSION_FIELDS,
  sessionValuesOf,
} from '../lib/sessionForm';

export interface SessionFormModalProps {
  event: EventSummary;
  /** The session to edit; null to add one. */
  session: AgendaSession | null;
  /** The programme day a new session starts on. */
  initialDate: string;
  rooms: readonly string[];
  people: readonly EventPerson[];
  onClose: () => void;
}

/**
 * Adds or edits a session. A failed save keeps the modal open with everything typed, and puts the
 * server's reasons (a clash with another session, a day outside the event) beside their fields.
 */
export function SessionFormModal({
  event,
  session,
  initialDate,
  rooms,
  people,
  onClose,
}: SessionFormModalProps) {
  const { t } = useTranslation();
  const locale = useDateFnsLocale();
  const save = useSaveSession(event.id);
  const [id] = useState(() => session?.id ?? newId());
  const { values, setField, errors, setErrors } = useFormFields(() =>
    session ? sessionValuesOf(session, event.timezone) : newSessionValues(initialDate),
  );
  const [unplacedError, setUnplacedError] = useState<unknown>(null);

  const dayOptions = useMemo(() => {
    const days = datesOf(event.startDate, event.endDate);
    // A session the server placed outside the event's days keeps its day, so saving it as is works.
    if (!days.includes(values.date)) days.push(values.date);
    return days.map((date) => ({
      value: date,
      label: formatCalendarDate(date, 'EEEE d MMMM', locale),
    }));
  }, [event.endDate, event.startDate, locale, values.date]);

  const personOptions = useMemo(() => {
    // The session's own speakers stay choosable even if the people list has not loaded.
    const byId = new Map<string, { id: string; name: string; country: string }>();
    for (const person of [...(session?.speakers ?? []), ...(session?.moderators ?? []), ...people])
      byId.set(person.id, person);
    return [...byId.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((person) => ({ value: person.id, label: `${person.name} (${person.country})` }));
  }, [people, session]);

  const kindOptions = SESSION_KINDS.map((kind) => ({
    value: kind,
    label: t(`sessionKinds.${kind}`),
  }));

  const handleKindChange = (value: string | null) => {
    const parsed = sessionKindSchema.safeParse(value);
    if (parsed.success) setField('kind', parsed.data);
  };

  const handleSubmit = (formEvent: FormEvent<HTMLFormElement>) => {
    formEvent.preventDefault();
    const parsed = parseSessionForm(id, values);
    if (!parsed.success) {
      setErrors(
        clientFieldErrors(parsed.error.issues, SESSION_FIELDS, (field) =>
          t(`agendaEditor.invalid.${field}`),
        ),
      );
      setUnplacedError(null);
      return;
    }
    setUnplacedError(null);
    save.mutate(
      { isNew: session === null, body: parsed.data },
      {
        onSuccess: onClose,
        onError: (error) => {
          const server = serverFieldErrors(error, SESSION_FIELDS);
          setErrors(server.byField);
          setUnplacedError(server.unplaced ? error : null);
        },
      },
    );
  };

  const zoneLabel = `${event.timezone}, ${formatZoneOffset(
    new Date().toISOString(),
    event.timezone,
    locale,
  )}`;

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={session ? t('agendaEditor.editTitle') : t('agendaEditor.addTitle')}
      closeOnClickOutside={false}
      data-testid="session-form-modal"
    >
      <form onSubmit={handleSubmit} noValidate data-testid="session-form">
        <Stack gap="sm">
          <TextInput
            label={t('agendaEditor.fields.title')}
            value={values.title}
            onChange={(changeEvent) => setField('title', changeEvent.currentTarget.value)}
            error={errors.title}
            required
            data-autofocus
            data-testid="session-title-input"
          />
          <Textarea
            label={t('agendaEditor.fields.description')}
            value={values.description}
            onChange={(changeEvent) => setField('description', changeEvent.currentTarget.value)}
            error={errors.description}
            autosize
            minRows={2}
            maxRows={6}
            data-testid="session-description-input"
          />
          <Group grow align="flex-start">
            <Select
              label={t('agendaEditor.fields.kind')}
              data={kindOptions}
              value={values.kind}
              onChange={handleKindChange}
              allowDeselect={false}
              error={errors.kind}
              data-testid="session-kind-input"
            />
            <Select
              label={t('agendaEditor.fields.date')}
              data={dayOptions}
              value={values.date}
              onChange={(value) => value && setField('date', value)}
              allowDeselect={false}
              error={errors.date}
              data-testid="session-date-input"
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              type="time"
              label={t('agendaEditor.fields.startTime')}
              value={values.startTime}
              onChange={(changeEvent) => setField('startTime', changeEvent.currentTarget.value)}
              error={errors.startTime}
              required
              data-testid="session-start-input"
            />
            <TextInput
              type="time"
              label={t('agendaEditor.fields.endTime')}
              value={values.endTime}
              onChange={(changeEvent) => setField('endTime', changeEvent.currentTarget.value)}
              error={errors.endTime}
              required
              data-testid="session-end-input"
            />
          </Group>
          <Text size="xs" c="dimmed" mt={-6} data-testid="session-form-zone-note">
            {t('agendaEditor.timesAtVenue', { zone: zoneLabel })}
          </Text>
          <Checkbox
            label={t('agendaEditor.fields.remoteOnly')}
            checked={values.remoteOnly}
            onChange={(changeEvent) => setField('remoteOnly', changeEvent.currentTarget.checked)}
            data-testid="session-remote-only-input"
          />
          {!values.remoteOnly && (
            <Autocomplete
              label={t('agendaEditor.fields.room')}
              description={t('agendaEditor.roomHint')}
              data={[...rooms]}
              value={values.room}
              onChange={(value) => setField('room', value)}
              error={errors.room}
              data-testid="session-room-input"
            />
          )}
          {values.remoteOnly && errors.room && (
            <Text c="red" size="sm" role="alert">
              {errors.room}
            </Text>
          )}
          <Switch
            label={t('agendaEditor.fields.streamed')}
            checked={values.streamed}
            onChange={(changeEvent) => setField('streamed', changeEvent.currentTarget.checked)}
            error={errors.streamed}
            data-testid="session-streamed-input"
          />
          <MultiSelect
            label={t('agendaEditor.fields.speakers')}
            data={personOptions}
            value={values.speakerIds}
            onChange={(value) => setField('speakerIds', value)}
            error={errors.speakerIds}
            searchable
            clearable
            nothingFoundMessage={t('agendaEditor.nobodyFound')}
            data-testid="session-speakers-input"
          />
          <MultiSelect
            label={t('agendaEditor.fields.moderators')}
            data={personOptions}
            value={values.moderatorIds}
            onChange={(value) => setField('moderatorIds', value)}
            error={errors.moderatorIds}
            searchable
            clearable
            nothingFoundMessage={t('agendaEditor.nobodyFound')}
            data-testid="session-moderators-input"
          />
          {unplacedError !== null && <QueryErrorAlert error={unplacedError} />}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose} disabled={save.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="session-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
