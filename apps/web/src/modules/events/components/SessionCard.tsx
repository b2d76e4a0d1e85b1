import { type AgendaSession } from '@hadir/contracts';
import { isJoinable } from '@hadir/domain';
import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { JoinSessionButton } from './JoinSessionButton';
import { SessionTime } from './SessionTime';

export interface SessionCardProps {
  eventId: string;
  session: AgendaSession;
  programmeDay: string;
  viewerTimeZone: string;
  eventTimeZone: string;
  now: Date;
}

export function SessionCard({
  eventId,
  session,
  programmeDay,
  viewerTimeZone,
  eventTimeZone,
  now,
}: SessionCardProps) {
  const { t } = useTranslation();
  const names = (people: AgendaSession['speakers']) => people.map((p) => p.name).join(', ');

  return (
    <Card
      withBorder
      padding="sm"
      radius="md"
      data-testid="agenda-session"
      data-session-id={session.id}
      data-starts-at={session.startsAt}
      data-ends-at={session.endsAt}
    >
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <SessionTime
            startsAt={session.startsAt}
            endsAt={session.endsAt}
            viewerTimeZone={viewerTimeZone}
            eventTimeZone={eventTimeZone}
            programmeDay={programmeDay}
          />
          <Group gap={4}>
            <Badge variant="light" data-testid="session-kind">
              {t(`sessionKinds.${session.kind}`)}
            </Badge>
            {session.streamed && (
              <Badge variant="dot" color="red" data-testid="session-streamed">
                {t('event.streamed')}
              </Badge>
            )}
          </Group>
        </Group>
        <Text fw={600} data-testid="session-title">
          {session.title}
        </Text>
        <Text size="sm" c="dimmed" data-testid="session-room">
          {session.room ?? t('event.remoteOnly')}
        </Text>
        {session.speakers.length > 0 && (
          <Text size="sm" data-testid="session-speakers">
            {t('event.speakers', { names: names(session.speakers) })}
          </Text>
        )}
        {session.moderators.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('event.moderators', { names: names(session.moderators) })}
          </Text>
        )}
        {isJoinable(session, now) && (
          <Group>
            <JoinSessionButton eventId={eventId} sessionId={session.id} title={session.title} />
          </Group>
        )}
      </Stack>
    </Card>
  );
}
