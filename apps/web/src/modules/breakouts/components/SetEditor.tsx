import {
  type BreakoutMember,
  type BreakoutRoomInput,
  type BreakoutSet,
  saveBreakoutSetSchema,
} from '@hadir/contracts';
import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { newId } from '../../../shared/lib/newId';
import { type BreakoutActions } from '../hooks/useBreakouts';

type Draft = { id: string; name: string; selfSelect: boolean; rooms: BreakoutRoomInput[] };

type Names = { room: (number: number) => string; table: (number: number) => string };

/** The room numbered `number`, a table in the hall or a virtual room. */
function newRoom(number: number, hybrid: boolean, names: Names): BreakoutRoomInput {
  return {
    id: newId(),
    name: names.room(number),
    kind: hybrid ? 'hybrid' : 'virtual',
    tableLabel: hybrid ? names.table(number) : null,
    facilitatorId: null,
    topic: '',
    capacity: null,
  };
}

/** The set a new one starts from: five rooms, the first three tables in the hall. */
const DEFAULT_ROOMS = 5;
const DEFAULT_TABLES = 3;

/** Prepares a set of rooms: how many, which are tables in the hall, who facilitates each. */
export function SetEditor({
  set,
  people,
  actions,
  onDone,
}: {
  set: BreakoutSet | null;
  people: BreakoutMember[];
  actions: BreakoutActions;
  onDone: (setId: string) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const names: Names = {
    room: (number) => t('breakouts.roomName', { number }),
    table: (number) => t('breakouts.tableName', { number }),
  };
  const [draft, setDraft] = useState<Draft>(() =>
    set
      ? {
          id: set.id,
          name: set.name,
          selfSelect: set.selfSelect,
          rooms: set.rooms.map((room) => ({
            id: room.id,
            name: room.name,
            kind: room.kind,
            tableLabel: room.tableLabel,
            facilitatorId: room.facilitator?.id ?? null,
            topic: room.topic,
            capacity: room.capacity,
          })),
        }
      : {
          id: newId(),
          name: t('breakouts.defaultSetName'),
          selfSelect: false,
          rooms: Array.from({ length: DEFAULT_ROOMS }, (_, index) =>
            newRoom(index + 1, index < DEFAULT_TABLES, names),
          ),
        },
  );
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const staff = people
    .filter((person) => !person.participant)
    .map((person) => ({ value: person.personId, label: person.name }));

  const setRoom = (index: number, change: Partial<BreakoutRoomInput>) =>
    setDraft((current) => ({
      ...current,
      rooms: current.rooms.map((room, i) => (i === index ? { ...room, ...change } : room)),
    }));

  const save = async () => {
    const parsed = saveBreakoutSetSchema.omit({ sessionId: true }).safeParse(draft);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where =
        issue?.path[0] === 'rooms' && typeof issue.path[1] === 'number'
          ? `${draft.rooms[issue.path[1]]?.name ?? ''}: `
          : '';
      setError(`${where}${issue?.message ?? t('errors.unexpected')}`);
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await actions.save(parsed.data);
      onDone(draft.id);
    } catch (thrown) {
      setError(errorMessage(thrown));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="md" data-testid="breakout-set-editor">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {set ? t('breakouts.editSet') : t('breakouts.newSet')}
        </Title>
        <Group align="flex-end">
          <TextInput
            label={t('breakouts.setName')}
            value={draft.name}
            onChange={(event) => {
              const name = event.currentTarget.value;
              setDraft((current) => ({ ...current, name }));
            }}
            data-testid="breakout-set-name"
          />
          <Switch
            label={t('breakouts.selfSelect')}
            checked={draft.selfSelect}
            onChange={(event) => {
              const selfSelect = event.currentTarget.checked;
              setDraft((current) => ({ ...current, selfSelect }));
            }}
          />
        </Group>
        {draft.rooms.map((room, index) => (
          <Group key={room.id} align="flex-end" gap="xs" data-testid="breakout-room-row">
            <TextInput
              label={t('breakouts.room')}
              value={room.name}
              onChange={(event) => setRoom(index, { name: event.currentTarget.value })}
              w={150}
            />
            <Select
              label={t('breakouts.kind')}
              data={[
                { value: 'virtual', label: t('breakouts.virtual') },
                { value: 'hybrid', label: t('breakouts.hybrid') },
              ]}
              value={room.kind}
              allowDeselect={false}
              onChange={(kind) =>
                setRoom(index, {
                  kind: kind === 'hybrid' ? 'hybrid' : 'virtual',
                  tableLabel:
                    kind === 'hybrid'
                      ? (room.tableLabel ?? t('breakouts.tableName', { number: index + 1 }))
                      : null,
                })
              }
              w={140}
            />
            {room.kind === 'hybrid' && (
              <TextInput
                label={t('breakouts.tableLabel')}
                value={room.tableLabel ?? ''}
                onChange={(event) => setRoom(index, { tableLabel: event.currentTarget.value })}
                w={120}
              />
            )}
            <TextInput
              label={t('breakouts.topic')}
              value={room.topic}
              onChange={(event) => setRoom(index, { topic: event.currentTarget.value })}
              style={{ flex: 1, minWidth: 160 }}
            />
            <NumberInput
              label={t('breakouts.capacity')}
              value={room.capacity ?? ''}
              min={1}
              max={500}
              onChange={(value) =>
                setRoom(index, { capacity: typeof value === 'number' ? value : null })
              }
              w={100}
            />
            <Select
              label={t('breakouts.facilitator')}
              data={staff}
              value={room.facilitatorId}
              clearable
              searchable
              onChange={(facilitatorId) => setRoom(index, { facilitatorId })}
              w={180}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('breakouts.removeRoom', { name: room.name })}
              disabled={draft.rooms.length === 1}
              onClick={() =>
                setDraft((current) => ({
                  ...current,
                  rooms: current.rooms.filter((_, i) => i !== index),
                }))
              }
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="default"
            onClick={() =>
              setDraft((current) => ({
                ...current,
                rooms: [...current.rooms, newRoom(current.rooms.length + 1, false, names)],
              }))
            }
          >
            {t('breakouts.addRoom')}
          </Button>
          <Button onClick={() => void save()} loading={saving} data-testid="breakout-set-save">
            {t('breakouts.saveSet')}
          </Button>
        </Group>
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
