import { Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDateFnsLocale } from '../../language/hooks/useDateFnsLocale';
import {
  formatDayShiftPrefix,
  formatTimeRange,
  formatZoneOffset,
  placeOfTimeZone,
} from '../lib/time';

export interface SessionTimeProps {
  startsAt: string;
  endsAt: string;
  viewerTimeZone: string;
  eventTimeZone: string;
  /** The session's day at the venue; when the viewer's calendar differs, their date is shown too. */
  programmeDay: string;
}

/**
 * A session's time on the viewer's clock and, when the venue's clock reads differently, on that
 * one too: remote people coordinate with the hall, and a tooltip alone is out of reach on a phone.
 */
export function SessionTime({
  startsAt,
  endsAt,
  viewerTimeZone,
  eventTimeZone,
  programmeDay,
}: SessionTimeProps) {
  const { t } = useTranslation();
  const locale = useDateFnsLocale();
  const eventRange = formatTimeRange(startsAt, endsAt, eventTimeZone, locale);
  const viewerRange = formatTimeRange(startsAt, endsAt, viewerTimeZone, locale);
  const inEventZone = t('event.timeInZone', { range: eventRange, zone: eventTimeZone });
  const dayShift = formatDayShiftPrefix(startsAt, viewerTimeZone, programmeDay, locale);

  return (
    <Stack gap={0}>
      <Tooltip label={inEventZone} withArrow>
        <Text
          component="span"
          fw={600}
          tabIndex={0}
          title={inEventZone}
          data-testid="session-time"
          style={{ whiteSpace: 'nowrap' }}
        >
          {dayShift && `${dayShift} `}
          <span data-testid="session-time-range">{viewerRange}</span>{' '}
          <Text component="span" size="xs" c="dimmed" data-testid="session-time-zone">
            {formatZoneOffset(startsAt, viewerTimeZone, locale)}
          </Text>
        </Text>
      </Tooltip>
      {eventRange !== viewerRange && (
        <Text component="span" size="xs" c="dimmed" data-testid="session-time-at-venue">
          {t('event.timeAtVenue', { range: eventRange, place: placeOfTimeZone(eventTimeZone) })}
        </Text>
      )}
    </Stack>
  );
}
