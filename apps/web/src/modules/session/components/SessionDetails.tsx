import { type AgendaSession, type EventSummary } from '@hadir/contracts';
import { dateInZone } from '@hadir/domain';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AddToCalendarButton } from '../../calendar/components/AddToCalendarButton';
import { SessionTime } from '../../events/components/SessionTime';
import { formatCalendarDate } from '../../events/lib/time';
import { useDateFnsLocale } from '../../language/hooks/useDateFnsLocale';
import { useCountryName } from '../../sign-in/hooks/useCountryName';

export interface SessionDetailsProps {
  event: EventSummary;
  session: AgendaSession;
  viewerTimeZone: string;
  /** On a phone: only what places the session, so that its live parts start on the first screen. */
  compact?: boolean;
}

export function SessionDetails({
  event,
  session,
  viewerTimeZone,
  compact = false,
}: SessionDetailsProps) {
  const { t } = useTranslation();
  const locale = useDateFnsLocale();
  const countryName = useCountryName();
  const programmeDay = dateInZone(new Date(session.startsAt), event.timezone);
  const names = (people: AgendaSession['speakers']) =>
    people.map((p) => `${p.name} (${countryName(p.country)})`).join(', ');

  return (
    <Paper
      withBorder
      p={compact ? 'sm' : 'md'}
      radius="md"
      data-testid="session-details"
      data-session-id={session.id}
    >
      <Stack gap="xs">
        <Group gap="xs">
          <Badge variant="light">{t(`sessionKinds.${session.kind}`)}</Badge>
          {session.streamed && (
            <Badge variant="dot" color="red">
              {t('event.streamed')}
            </Badge>
          )}
        </Group>
        <Title order={1} size={compact ? 'h3' : 'h2'} data-testid="session-page-title">
          {session.title}
        </Title>
        {!compact && (
          <Text c="dimmed">{formatCalendarDate(programmeDay, 'EEEE d MMMM', locale)}</Text>
        )}
        <SessionTime
          startsAt={session.startsAt}
          endsAt={session.endsAt}
          viewerTimeZone={viewerTimeZone}
          eventTimeZone={event.timezone}
          programmeDay={programmeDay}
        />
        <Text data-testid="session-room">
          {session.room ? t('sessionRoom.room', { room: session.room }) : t('event.remoteOnly')}
        </Text>
        {session.speakers.length > 0 && (
          <Text data-testid="session-speakers">
            {t('event.speakers', { names: names(session.speakers) })}
          </Text>
        )}
        {!compact && session.moderators.length > 0 && (
          <Text c="dimmed">{t('event.moderators', { names: names(session.moderators) })}</Text>
        )}
        {!compact && <AddToCalendarButton eventId={event.id} sessionId={session.id} />}
        {!compact && session.description && (
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="session-description">
            {session.description}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
