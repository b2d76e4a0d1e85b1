import { type BreakoutMember, type BreakoutSet } from '@hadir/contracts';
import { assignmentReport } from '@hadir/domain';
import {
  Badge,
  Button,
  FileButton,
  Group,
  Menu,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { type BreakoutActions } from '../hooks/useBreakouts';

const DRAG_TYPE = 'application/x-hadir-person';
const PRESENCE_BADGE = {
  inHall: { color: 'teal', variant: 'filled' },
  online: { color: 'indigo', variant: 'filled' },
  notHere: { color: 'gray', variant: 'light' },
} as const;

/**
 * Who goes where: a column per room and one for people in no room. People are dragged between
 * columns, or moved with the keyboard from each person's menu; automatic sharing, a CSV file or
 * an earlier set fill the columns at once.
 */
export function AssignmentBoard({
  set,
  otherSets,
  people,
  actions,
}: {
  set: BreakoutSet;
  otherSets: BreakoutSet[];
  people: BreakoutMember[];
  actions: BreakoutActions;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [csvErrors, setCsvErrors] = useState<string[]>([]);
  const [options, setOptions] = useState({
    mixCountries: true,
    categories: 'any' as 'any' | 'together' | 'apart',
    keepInPersonAtTables: true,
    onlyPresent: false,
  });
  const [busy, setBusy] = useState(false);
  const participants = people.filter((person) => person.participant);
  const placed = new Map(set.rooms.flatMap((room) => room.memberIds.map((id) => [id, room.id])));
  const unplaced = participants.filter((person) => !placed.has(person.personId));
  const byId = new Map(people.map((person) => [person.personId, person]));
  const report = assignmentReport(
    participants.map((person) => ({
      id: person.personId,
      country: person.country,
      category: person.category,
      inPerson: person.inPerson,
    })),
    set.rooms.map((room) => ({
      id: room.id,
      hybrid: room.kind === 'hybrid',
      capacity: room.capacity,
    })),
    placed,
  );
  const closed = set.status === 'closed';

  const run = (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    action()
      .catch((thrown: unknown) => setError(errorMessage(thrown)))
      .finally(() => setBusy(false));
  };
  const move = (personId: string, roomId: string | null) =>
    run(() => actions.move(set.id, [{ personId, roomId }]));
  const importCsv = async (file: File | null) => {
    if (!file) return;
    const [{ parseAssignmentCsv }, text] = await Promise.all([
      import('../lib/assignmentCsv'),
      file.text(),
    ]);
    const parsed = parseAssignmentCsv(
      text,
      people.map((person) => ({
        id: person.personId,
        name: person.name,
        email: person.email ?? '',
      })),
      set.rooms,
    );
    setCsvErrors(parsed.errors.map((issue) => issue.message));
    if (parsed.assignment.size === 0) return;
    run(() =>
      actions.move(
        set.id,
        [...parsed.assignment].map(([personId, roomId]) => ({ personId, roomId })),
        'csv',
      ),
    );
  };

  const column = (
    roomId: string | null,
    title: string,
    members: BreakoutMember[],
    hint?: string,
  ) => (
    <Paper
      key={roomId ?? 'none'}
      withBorder
      p="xs"
      data-testid="assignment-column"
      data-room-id={roomId ?? ''}
      onDragOver={(event: DragEvent) => {
        if (!closed) event.preventDefault();
      }}
      onDrop={(event: DragEvent) => {
        event.preventDefault();
        const personId = event.dataTransfer.getData(DRAG_TYPE);
        if (personId && placed.get(personId) !== roomId) move(personId, roomId);
      }}
    >
      <Group justify="space-between" mb={4}>
        <Text fw={600} size="sm">
          {title}
        </Text>
        <Badge variant="light">{members.length}</Badge>
      </Group>
      {hint && (
        <Text size="xs" c="dimmed" mb={4}>
          {hint}
        </Text>
      )}
      <Stack gap={2}>
        {members.map((member) => (
          <Menu key={member.personId} position="bottom-start" disabled={closed}>
            <Menu.Target>
              <UnstyledButton
                draggable={!closed}
                onDragStart={(event: DragEvent) =>
                  event.dataTransfer.setData(DRAG_TYPE, member.personId)
                }
                data-testid="assignment-person"
                data-person-id={member.personId}
                // Named by what it shows (name, country, presence); the tooltip says what it does.
                title={t('breakouts.moveLabel', { name: member.name })}
                style={{ cursor: closed ? 'default' : 'grab' }}
              >
                <Group gap={4} wrap="nowrap">
                  <Text size="sm" truncate>
                    {member.name}
                  </Text>
                  <Badge size="xs" variant="outline">
                    {member.country}
                  </Badge>
                  <PresenceBadge member={member} />
                </Group>
              </UnstyledButton>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{t('breakouts.moveTo')}</Menu.Label>
              {set.rooms
                .filter((room) => room.id !== roomId)
                .map((room) => (
                  <Menu.Item
                    key={room.id}
                    onClick={() => move(member.personId, room.id)}
                    data-testid="assignment-move"
                    data-room-id={room.id}
                  >
                    {room.name}
                  </Menu.Item>
                ))}
              {roomId !== null && (
                <Menu.Item color="red" onClick={() => move(member.personId, null)}>
                  {t('breakouts.takeOut')}
                </Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        ))}
      </Stack>
    </Paper>
  );

  return (
    <Stack gap="sm" data-testid="assignment-board">
      <Title order={2} size="h4">
        {t('breakouts.assignment')}
      </Title>
      {!closed && (
        <Paper withBorder p="sm">
          <Group align="flex-end" gap="md">
            <Switch
              label={t('breakouts.mixCountries')}
              checked={options.mixCountries}
              onChange={(event) => {
                const mixCountries = event.currentTarget.checked;
                setOptions((current) => ({ ...current, mixCountries }));
              }}
            />
            <Select
              label={t('breakouts.categories')}
              value={options.categories}
              allowDeselect={false}
              data={[
                { value: 'any', label: t('breakouts.categoriesAny') },
                { value: 'apart', label: t('breakouts.categoriesApart') },
                { value: 'together', label: t('breakouts.categoriesTogether') },
              ]}
              onChange={(value) =>
                setOptions((current) => ({
                  ...current,
                  categories: value === 'apart' || value === 'together' ? value : 'any',
                }))
              }
              w={200}
            />
            <Switch
              label={t('breakouts.keepTables')}
              checked={options.keepInPersonAtTables}
              onChange={(event) => {
                const keepInPersonAtTables = event.currentTarget.checked;
                setOptions((current) => ({ ...current, keepInPersonAtTables }));
              }}
            />
            <Switch
              label={t('breakouts.onlyPresent')}
              checked={options.onlyPresent}
              onChange={(event) => {
                const onlyPresent = event.currentTarget.checked;
                setOptions((current) => ({ ...current, onlyPresent }));
              }}
            />
            <Button
              loading={busy}
              onClick={() => run(() => actions.autoAssign({ setId: set.id, ...options }))}
              data-testid="assignment-auto"
            >
              {t('breakouts.autoAssign')}
            </Button>
            <FileButton
              onChange={(file) =>
                void importCsv(file).catch((thrown: unknown) => setError(errorMessage(thrown)))
              }
              accept=".csv,text/csv"
            >
              {(props) => (
                <Button variant="default" {...props} data-testid="assignment-csv">
                  {t('breakouts.importCsv')}
                </Button>
              )}
            </FileButton>
            {otherSets.length > 0 && (
              <Select
                placeholder={t('breakouts.reuse')}
                aria-label={t('breakouts.reuse')}
                data={otherSets.map((other) => ({ value: other.id, label: other.name }))}
                value={null}
                onChange={(fromSetId) => {
                  if (fromSetId) run(() => actions.reuse(set.id, fromSetId));
                }}
                w={220}
              />
            )}
          </Group>
        </Paper>
      )}
      <Text
        size="sm"
        c="dimmed"
        data-testid="assignment-report"
        data-spread={report.sizeSpread}
        data-clashes={report.countryClashes}
      >
        {t('breakouts.report', {
          placed: participants.length - unplaced.length,
          total: participants.length,
          spread: report.sizeSpread,
          clashes: report.countryClashes,
        })}
      </Text>
      {csvErrors.length > 0 && (
        <Paper withBorder p="xs" c="red" role="alert" data-testid="assignment-csv-errors">
          {csvErrors.map((message) => (
            <Text key={message} size="sm">
              {message}
            </Text>
          ))}
        </Paper>
      )}
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3, xl: 4 }}>
        {column(null, t('breakouts.unplaced'), unplaced, t('breakouts.unplacedHint'))}
        {set.rooms.map((room) =>
          column(
            room.id,
            room.name,
            room.memberIds.flatMap((id) => byId.get(id) ?? []),
            room.kind === 'hybrid'
              ? t('breakouts.table', { label: room.tableLabel })
              : t('breakouts.virtual'),
          ),
        )}
      </SimpleGrid>
    </Stack>
  );
}

/** Checked in at the venue, else following the session now, else neither. */
function PresenceBadge({ member }: { member: BreakoutMember }) {
  const { t } = useTranslation();
  const presence = member.inPerson ? 'inHall' : member.following ? 'online' : 'notHere';
  return (
    <Badge
      size="xs"
      {...PRESENCE_BADGE[presence]}
      data-testid="assignment-presence"
      data-presence={presence}
    >
      {t(`breakouts.${presence}`)}
    </Badge>
  );
}
