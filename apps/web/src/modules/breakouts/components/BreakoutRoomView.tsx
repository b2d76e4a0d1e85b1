import {
  type AttendanceMode,
  type BreakoutBroadcast,
  type BreakoutMember,
  type BreakoutRoom,
  type BreakoutSet,
} from '@hadir/contracts';
import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { PlanBeside } from '../../action-plans/components/PlanBeside';
import { MediaPanel } from '../../media/components/MediaPanel';
import { type BreakoutActions } from '../hooks/useBreakouts';
import { useBreakoutRoom } from '../hooks/useBreakoutRoom';
import { BreakoutChat } from './BreakoutChat';
import { BreakoutCountdown } from './BreakoutCountdown';
import { RoomPresenceBadge } from './RoomPresenceBadge';
import { SharedNotes } from './SharedNotes';

export interface BreakoutRoomViewProps {
  set: BreakoutSet;
  room: BreakoutRoom;
  people: Map<string, BreakoutMember>;
  myId: string | undefined;
  mode: AttendanceMode;
  staff: boolean;
  offsetMs: number;
  broadcast: BreakoutBroadcast | null;
  onDismissBroadcast: () => void;
  actions: BreakoutActions;
  /** Staff visiting: back to the overview. */
  onLeave?: () => void;
  /** Members: their action plan can be opened beside the notes. */
  eventId?: string;
}

/**
 * A breakout room as its members see it: who is in it (at the table, from home, or not here now),
 * the time left, its video (the table's room device and the remote members), chat and shared
 * notes. People in the hall use it on their phones without audio and video.
 */
export function BreakoutRoomView(props: BreakoutRoomViewProps) {
  const { set, room, people, myId, mode, staff, offsetMs, broadcast, actions, onLeave } = props;
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const inside = useBreakoutRoom(room.id, mode);
  const [error, setError] = useState<string | null>(null);
  const [planBeside, setPlanBeside] = useState(false);
  const members = room.memberIds.flatMap((id) => people.get(id) ?? []);
  const presence = new Map(inside.here.map((present) => [present.personId, present.mode]));
  const helpAsked = room.helpRequestedAt !== null;

  const askHelp = (needed: boolean) =>
    void actions.help(room.id, needed).catch((thrown: unknown) => setError(errorMessage(thrown)));

  return (
    <Stack gap="md" data-testid="breakout-room" data-room-id={room.id} data-room-name={room.name}>
      <Paper withBorder p="md" bg="var(--mantine-color-blue-light)">
        <Stack gap="xs">
          <Group justify="space-between" align="flex-start">
            <div>
              <Text size="sm" c="dimmed">
                {t('breakouts.youAreIn', { set: set.name })}
              </Text>
              <Title order={2} size="h3" data-testid="breakout-room-name">
                {room.name}
              </Title>
              {room.kind === 'hybrid' && (
                <Badge variant="light" mt={4}>
                  {t('breakouts.table', { label: room.tableLabel })}
                </Badge>
              )}
              {room.topic && <Text mt={4}>{room.topic}</Text>}
              {room.facilitator && (
                <Text size="sm" c="dimmed">
                  {t('breakouts.facilitatedBy', { name: room.facilitator.name })}
                </Text>
              )}
            </div>
            <Stack gap={6} align="flex-end">
              <BreakoutCountdown set={set} offsetMs={offsetMs} />
              {onLeave ? (
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={onLeave}
                  data-testid="breakout-visit-end"
                >
                  {t('breakouts.backToOverview')}
                </Button>
              ) : (
                <Button
                  size="xs"
                  color={helpAsked ? 'gray' : 'orange'}
                  variant={helpAsked ? 'light' : 'filled'}
                  onClick={() => askHelp(!helpAsked)}
                  data-testid="breakout-help"
                  data-asked={helpAsked}
                >
                  {helpAsked ? t('breakouts.helpCancel') : t('breakouts.helpAsk')}
                </Button>
              )}
            </Stack>
          </Group>
          {helpAsked && !staff && (
            <Text size="sm" c="orange" role="status">
              {t('breakouts.helpComing')}
            </Text>
          )}
          {set.status === 'closing' && (
            <Text size="sm" role="status">
              {t('breakouts.closingHint')}
            </Text>
          )}
        </Stack>
      </Paper>
      {broadcast && broadcast.setId === set.id && (
        <Alert
          color="grape"
          withCloseButton
          onClose={props.onDismissBroadcast}
          title={t('breakouts.broadcastFrom', { name: broadcast.from })}
          data-testid="breakout-broadcast"
        >
          {broadcast.text}
        </Alert>
      )}
      {error && (
        <Alert color="red" variant="light" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {inside.error !== null && <QueryErrorAlert error={inside.error} />}
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            {mode === 'remote' || staff ? (
              <MediaPanel
                spaceId={room.id}
                personId={myId}
                mode={mode}
                staff={staff}
                autoJoin={mode === 'remote' && !staff}
                deviceLabel={room.tableLabel ?? room.name}
                title={t('breakouts.video')}
              />
            ) : (
              <Text size="sm" c="dimmed" data-testid="breakout-in-hall">
                {t('breakouts.inHallHint')}
              </Text>
            )}
            <SharedNotes doc={inside.doc} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Paper withBorder p="md" data-testid="breakout-members">
              <Title order={2} size="h4" mb="xs">
                {t('breakouts.members', { count: members.length })}
              </Title>
              <Stack gap={4}>
                {members.map((member) => {
                  const here = presence.get(member.personId);
                  return (
                    <Group
                      key={member.personId}
                      justify="space-between"
                      gap="xs"
                      data-testid="breakout-member"
                      data-person-id={member.personId}
                      data-presence={here ?? 'absent'}
                    >
                      <Text size="sm" c={here ? undefined : 'dimmed'}>
                        {member.name}
                        {member.personId === myId && ` (${t('chat.you')})`}
                      </Text>
                      <RoomPresenceBadge mode={here} size="sm">
                        {` · ${member.country}`}
                      </RoomPresenceBadge>
                    </Group>
                  );
                })}
              </Stack>
            </Paper>
            {props.eventId && !staff && (
              <Switch
                label={t('plans.openBeside')}
                checked={planBeside}
                onChange={(event) => setPlanBeside(event.currentTarget.checked)}
                data-testid="plan-beside-toggle"
              />
            )}
            {props.eventId && planBeside && <PlanBeside eventId={props.eventId} />}
            <BreakoutChat chat={inside.chat} myId={myId} onSend={inside.actions.send} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
