import { type AttendanceMode, type BreakoutSet } from '@hadir/contracts';
import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { type useBreakouts } from '../hooks/useBreakouts';
import { peopleById, roomOf, runningSet } from '../lib/breakouts';
import { BreakoutCountdown } from './BreakoutCountdown';
import { BreakoutHelpAlert } from './BreakoutHelpAlert';

// A room's notes editor (Yjs) and video come with the room, fetched when someone enters one.
const BreakoutRoomView = lazy(() =>
  import('./BreakoutRoomView').then((m) => ({ default: m.BreakoutRoomView })),
);

/**
 * What the session page shows of its breakouts: the person's room while their set runs (the
 * page switches into it by itself, and back when it closes), a choice of rooms when people pick
 * their own, and for staff the way to the overview.
 */
export function SessionBreakouts({
  breakouts,
  eventId,
  myId,
  mode,
}: {
  breakouts: ReturnType<typeof useBreakouts>;
  eventId: string;
  myId: string | undefined;
  mode: AttendanceMode;
}) {
  const { t } = useTranslation();
  const { state, offsetMs, broadcast, actions } = breakouts;
  const set = runningSet(state);
  const room = roomOf(set, myId);
  if (!state) return null;

  if (set && room) {
    return (
      <Suspense fallback={<Loader size="sm" />}>
        <BreakoutRoomView
          key={room.id}
          set={set}
          room={room}
          people={peopleById(state.people)}
          myId={myId}
          mode={mode}
          staff={false}
          offsetMs={offsetMs}
          broadcast={broadcast}
          onDismissBroadcast={breakouts.dismissBroadcast}
          actions={actions}
          eventId={eventId}
        />
      </Suspense>
    );
  }
  const overview = `/events/${eventId}/sessions/${state.sessionId}/breakouts`;
  if (!set) {
    return state.staff ? (
      <Group gap="xs">
        <Button component={Link} to={overview} variant="light" data-testid="breakouts-link">
          {t('breakouts.manage')}
        </Button>
      </Group>
    ) : null;
  }
  return (
    <Paper withBorder p="md" data-testid="breakouts-running">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('breakouts.runningTitle', { name: set.name })}
          </Title>
          <BreakoutCountdown set={set} offsetMs={offsetMs} />
        </Group>
        {state.staff && <BreakoutHelpAlert set={set} eventId={eventId} />}
        {state.staff ? (
          <Button component={Link} to={overview} data-testid="breakouts-link">
            {t('breakouts.overview')}
          </Button>
        ) : set.selfSelect ? (
          <RoomChooser set={set} onChoose={(roomId) => actions.choose(set.id, roomId)} />
        ) : (
          <Text>{t('breakouts.notPlaced')}</Text>
        )}
        {broadcast && broadcast.setId === set.id && (
          <Alert color="grape" title={t('breakouts.broadcastFrom', { name: broadcast.from })}>
            {broadcast.text}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

function RoomChooser({
  set,
  onChoose,
}: {
  set: BreakoutSet;
  onChoose: (roomId: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack gap="xs" data-testid="breakout-chooser">
      <Text>{t('breakouts.choose')}</Text>
      {set.rooms.map((room) => {
        const full = room.capacity !== null && room.memberIds.length >= room.capacity;
        return (
          <Group key={room.id} justify="space-between">
            <div>
              <Text fw={500}>{room.name}</Text>
              {room.topic && (
                <Text size="sm" c="dimmed">
                  {room.topic}
                </Text>
              )}
            </div>
            <Group gap="xs">
              <Badge variant="light">
                {room.capacity === null
                  ? room.memberIds.length
                  : `${room.memberIds.length} / ${room.capacity}`}
              </Badge>
              <Button
                size="xs"
                disabled={full}
                onClick={() =>
                  void onChoose(room.id).catch((thrown: unknown) => setError(errorMessage(thrown)))
                }
              >
                {full ? t('breakouts.full') : t('breakouts.join')}
              </Button>
            </Group>
          </Group>
        );
      })}
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
