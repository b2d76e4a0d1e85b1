import { datesOf, dateInZone } from '@hadir/domain';
import { Button, Container, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CheckInCountsPanel } from '../modules/checkin/components/CheckInCountsPanel';
import { CheckInHistoryTable } from '../modules/checkin/components/CheckInHistoryTable';
import { formatCalendarDate } from '../modules/events/lib/time';
import { useDateFnsLocale } from '../modules/language/hooks/useDateFnsLocale';
import { useManageContext } from './ManageLayout';

/** The organiser's view of the doors: today's totals live, and any other day's as they ended. */
export function ManageCheckInPage() {
  const { t } = useTranslation();
  const locale = useDateFnsLocale();
  const { agenda } = useManageContext();
  const { event, sessions } = agenda;
  const days = datesOf(event.startDate, event.endDate);
  const today = dateInZone(new Date(), event.timezone);
  const [day, setDay] = useState(days.includes(today) ? today : days[0]);
  const sessionTitles = useMemo(
    () => new Map(sessions.map((session) => [session.id, session.title])),
    [sessions],
  );

  return (
    <Container size="xl" py="md">
      <Stack>
        <Group justify="space-between">
          <SegmentedControl
            value={day}
            onChange={setDay}
            data={days.map((date) => ({
              value: date,
              label:
                date === today
                  ? t('checkIn.counts.today')
                  : formatCalendarDate(date, 'EEE d MMM', locale),
            }))}
            data-testid="counts-day"
          />
          <Button component={Link} to={`/events/${event.id}/check-in`} variant="light">
            {t('checkIn.openScanner')}
          </Button>
        </Group>
        <Text c="dimmed" size="sm">
          {event.venue}
        </Text>
        <CheckInCountsPanel
          eventId={event.id}
          day={day === today ? null : day}
          sessionTitles={sessionTitles}
        />
        <CheckInHistoryTable
          eventId={event.id}
          day={day}
          isToday={day === today}
          sessionTitles={sessionTitles}
        />
      </Stack>
    </Container>
  );
}
