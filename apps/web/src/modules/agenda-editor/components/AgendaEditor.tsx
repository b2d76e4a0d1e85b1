import { type AgendaSession, type EventPerson, type EventSummary } from '@hadir/contracts';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../shared/components/ConfirmModal';
import { ProgrammeDayTabs } from '../../events/components/ProgrammeDayTabs';
import { groupByProgrammeDay, initialProgrammeDay } from '../../events/lib/programmeDays';
import { formatZoneOffset } from '../../events/lib/time';
import { useDateFnsLocale } from '../../language/hooks/useDateFnsLocale';
import { useDeleteSession } from '../hooks/useDeleteSession';
import { roomsOf } from '../lib/sessionForm';
import { EditorSessionRow } from './EditorSessionRow';
import { SessionFormModal } from './SessionFormModal';

export interface AgendaEditorProps {
  event: EventSummary;
  sessions: readonly AgendaSession[];
  people: readonly EventPerson[];
}

type Editing = { session: AgendaSession } | { newOnDate: string };

/**
 * The organisers' agenda, day by day, in the venue's time: everyone who edits it reads the same
 * clock as the printed programme, wherever their own browser is.
 */
export function AgendaEditor({ event, sessions, people }: AgendaEditorProps) {
  const { t } = useTranslation();
  const locale = useDateFnsLocale();
  const [openedAt] = useState(() => new Date());
  const days = useMemo(() => groupByProgrammeDay(event, sessions), [event, sessions]);
  const rooms = useMemo(() => roomsOf(sessions), [sessions]);
  const [chosenDay, setChosenDay] = useState<string | null>(null);
  const activeDay = chosenDay ?? initialProgrammeDay(days, event, openedAt);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<AgendaSession | null>(null);
  const deleteSession = useDeleteSession(event.id);

  const handleAdd = () => setEditing({ newOnDate: activeDay ?? event.startDate });
  const handleEdit = (session: AgendaSession) => setEditing({ session });
  const handleCloseForm = () => setEditing(null);

  const handleAskDelete = (session: AgendaSession) => {
    deleteSession.reset();
    setDeleting(session);
  };
  const handleConfirmDelete = () => {
    if (!deleting) return;
    deleteSession.mutate(deleting.id, { onSuccess: () => setDeleting(null) });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="agenda-editor-title">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} size="h3" id="agenda-editor-title">
            {t('agendaEditor.title')}
          </Title>
          <Text size="sm" c="dimmed" data-testid="agenda-editor-zone-note">
            {t('agendaEditor.zoneNote', {
              zone: `${event.timezone} (${formatZoneOffset(openedAt.toISOString(), event.timezone, locale)})`,
            })}
          </Text>
        </Stack>
        <Button onClick={handleAdd} data-testid="agenda-add-session">
          {t('agendaEditor.add')}
        </Button>
      </Group>
      <ProgrammeDayTabs
        days={days}
        activeDay={activeDay}
        onDayChange={setChosenDay}
        renderDay={(day) =>
          day.sessions.length === 0 ? (
            <Text c="dimmed">{t('event.noSessionsThisDay')}</Text>
          ) : (
            <Stack gap="xs">
              {day.sessions.map((session) => (
                <EditorSessionRow
                  key={session.id}
                  session={session}
                  eventTimeZone={event.timezone}
                  onEdit={handleEdit}
                  onDelete={handleAskDelete}
                />
              ))}
            </Stack>
          )
        }
      />
      {editing && (
        <SessionFormModal
          key={'session' in editing ? editing.session.id : editing.newOnDate}
          event={event}
          session={'session' in editing ? editing.session : null}
          initialDate={'session' in editing ? event.startDate : editing.newOnDate}
          rooms={rooms}
          people={people}
          onClose={handleCloseForm}
        />
      )}
      {deleting && (
        <ConfirmModal
          title={t('agendaEditor.deleteTitle')}
          confirmLabel={t('common.delete')}
          danger
          busy={deleteSession.isPending}
          error={deleteSession.error}
          onConfirm={handleConfirmDelete}
          onClose={() => setDeleting(null)}
        >
          {t('agendaEditor.deleteBody', { title: deleting.title })}
        </ConfirmModal>
      )}
    </Stack>
  );
}
