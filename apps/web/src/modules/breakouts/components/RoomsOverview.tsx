import { type BreakoutActivity, type BreakoutMember, type BreakoutSet } from '@hadir/contracts';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { clockTime } from '../../checkin/lib/doorWords';
import { RoomPresenceBadge } from './RoomPresenceBadge';

/**
 * Every room at once, for staff: who is in it now (in the hall or from home) and who has not
 * come, calls for help first, and what each room has done lately.
 */
export function RoomsOverview({
  set,
  activity,
  people,
  onVisit,
  onAnswerHelp,
  onShowNotes,
}: {
  set: BreakoutSet;
  activity: BreakoutActivity | null;
  people: Map<string, BreakoutMember>;
  onVisit: (roomId: string) => void;
  onAnswerHelp: (roomId: string) => void;
  onShowNotes: (roomId: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const ordered = [...set.rooms].sort(
    (a, b) => Number(b.helpRequestedAt !== null) - Number(a.helpRequestedAt !== null),
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="breakout-overview">
      {ordered.map((room) => {
        const live = activity?.rooms.find((entry) => entry.roomId === room.id);
        const here = new Map(live?.here.map((entry) => [entry.personId, entry.mode]));
        return (
          <Paper
            key={room.id}
            withBorder
            p="sm"
            bd={room.helpRequestedAt ? '2px solid var(--mantine-color-red-6)' : undefined}
            data-testid="overview-room"
            data-room-id={room.id}
            data-here={here.size}
          >
            <Stack gap={6}>
              <Group justify="space-between">
                <Text fw={600}>{room.name}</Text>
                <Badge variant="light">
                  {room.kind === 'hybrid'
                    ? t('breakouts.table', { label: room.tableLabel })
                    : t('breakouts.virtual')}
                </Badge>
              </Group>
              {room.helpRequestedAt && (
                <Group justify="space-between" data-testid="overview-help">
                  <Badge color="red">
                    {t('breakouts.helpSince', {
                      time: clockTime(room.helpRequestedAt, i18n.language),
                    })}
                  </Badge>
                  <Button
                    size="xs"
                    color="red"
                    variant="light"
                    onClick={() => onAnswerHelp(room.id)}
                  >
                    {t('breakouts.helpAnswered')}
                  </Button>
                </Group>
              )}
              <Stack gap={2}>
                {room.memberIds.map((id) => {
                  const mode = here.get(id);
                  return (
                    <Group key={id} justify="space-between" gap={4}>
                      <Text size="sm" c={mode ? undefined : 'dimmed'}>
                        {people.get(id)?.name ?? '…'}
                      </Text>
                      <RoomPresenceBadge mode={mode} size="xs" />
                    </Group>
                  );
                })}
              </Stack>
              <Text size="xs" c="dimmed">
                {t('breakouts.activity', {
                  messages: live?.messages ?? 0,
                  characters: live?.notesLength ?? 0,
                })}
                {live?.lastActivityAt &&
                  ` · ${t('breakouts.lastActivity', { time: clockTime(live.lastActivityAt, i18n.language) })}`}
              </Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => onVisit(room.id)}
                  data-testid="overview-visit"
                >
                  {t('breakouts.visit')}
                </Button>
                <Button
                  size="xs"
                  variant={set.shownRoomId === room.id ? 'filled' : 'subtle'}
                  onClick={() => onShowNotes(set.shownRoomId === room.id ? null : room.id)}
                  data-testid="overview-show-notes"
                >
                  {set.shownRoomId === room.id
                    ? t('breakouts.hideNotes')
                    : t('breakouts.showNotes')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
