import { type AgendaSession, type EventSummary } from '@hadir/contracts';
import { Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFnsLocale } from '../../language/hooks/useDateFnsLocale';
import { groupByProgrammeDay, initialProgrammeDay } from '../lib/programmeDays';
import { formatZoneOffset } from '../lib/time';
import { ProgrammeDayTabs } from './ProgrammeDayTabs';
import { SessionCard } from './SessionCard';

export interface AgendaTabsProps {
  event: EventSummary;
  sessions: readonly AgendaSession[];
  now: Date;
  viewerTimeZone: string;
}

export function AgendaTabs({ event, sessions, now, viewerTimeZone }: AgendaTabsProps) {
  const { t } = useTranslation();
  const locale = useDateFnsLocale();
  const days = useMemo(() => groupByProgrammeDay(event, sessions), [event, sessions]);
  const [chosenDay, setChosenDay] = useState<string | null>(null);
  // Until the person picks a day, follow today, so a page left open overnight moves on by itself.
  const activeDay = chosenDay ?? initialProgrammeDay(days, event, now);

  return (
    <Stack gap="sm" component="section" aria-labelledby="agenda-title">
      <Title order={2} id="agenda-title" size="h3">
        {t('event.agenda')}
      </Title>
      <Text size="sm" c="dimmed" data-testid="agenda-zone-note">
        {t('event.timesShownIn', {
          zone: `${viewerTimeZone} (${formatZoneOffset(now.toISOString(), viewerTimeZone, locale)})`,
          eventZone: event.timezone,
        })}
      </Text>
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
                <SessionCard
                  key={session.id}
                  eventId={event.id}
                  session={session}
                  programmeDay={day.date}
                  viewerTimeZone={viewerTimeZone}
                  eventTimeZone={event.timezone}
                  now={now}
                />
              ))}
            </Stack>
          )
        }
      />
    </Stack>
  );
}
