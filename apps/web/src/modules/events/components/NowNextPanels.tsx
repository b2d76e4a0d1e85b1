import { type AgendaSession, type EventSummary } from '@hadir/contracts';
import { dateInZone, isJoinable, nowAndNext } from '@hadir/domain';
import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatDistanceStrict } from 'date-fns';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFnsLocale } from '../../language/hooks/useDateFnsLocale';
import { JoinSessionButton } from './JoinSessionButton';
import { SessionTime } from './SessionTime';

export interface NowNextPanelsProps {
  event: EventSummary;
  sessions: readonly AgendaSession[];
  now: Date;
  viewerTimeZone: string;
}

export function NowNextPanels({ event, sessions, now, viewerTimeZone }: NowNextPanelsProps) {
  const { t } = useTranslation();
  const locale = useDateFnsLocale();
  const { now: current, next } = nowAndNext(sessions, now);

  const renderSession = (session: AgendaSession, extra?: ReactNode) => (
    <Stack key={session.id} gap={2} data-testid="now-next-session" data-session-id={session.id}>
      <Text fw={600}>{session.title}</Text>
      <SessionTime
        startsAt={session.startsAt}
        endsAt={session.endsAt}
        viewerTimeZone={viewerTimeZone}
        eventTimeZone={event.timezone}
        programmeDay={dateInZone(new Date(session.startsAt), event.timezone)}
      />
      <Text size="sm" c="dimmed">
        {session.room ?? t('event.remoteOnly')}
      </Text>
      {extra}
      {isJoinable(session, now) && (
        <Group>
          <JoinSessionButton eventId={event.id} sessionId={session.id} title={session.title} />
        </Group>
      )}
    </Stack>
  );

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <Paper withBorder p="md" radius="md" data-testid="now-panel">
        <Title order={2} size="h4" mb="xs" c="teal.9">
          {t('event.now')}
        </Title>
        {current.length === 0 ? (
          <Text c="dimmed">{t('event.nothingNow')}</Text>
        ) : (
          <Stack gap="sm">{current.map((session) => renderSession(session))}</Stack>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md" data-testid="next-panel">
        <Title order={2} size="h4" mb="xs" c="indigo.8">
          {t('event.next')}
        </Title>
        {next === null ? (
          <Text c="dimmed">{t('event.nothingNext')}</Text>
        ) : (
          renderSession(
            next,
            <Text size="sm">
              {t('event.startsIn', {
                distance: formatDistanceStrict(next.startsAt, now, { addSuffix: true, locale }),
              })}
            </Text>,
          )
        )}
      </Paper>
    </SimpleGrid>
  );
}
