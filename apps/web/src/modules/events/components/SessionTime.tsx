import { Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDateFnsLocale } from '../../language/hooks/useDateFnsLocale';
import { formatDayShiftPrefix, formatTimeRange, formatZoneOffset } from '../lib/time';

export interface SessionTimeProps {
  startsAt: string;
  endsAt: string;
  viewerTimeZone: string;
  eventTimeZone: string;
  /** The session's day at the venue; when the viewer's calendar differs, their date is shown too. */
  programmeDay: string;
}

/** A session's time on the viewer's clock, with the venue's clock one hover (or focus) away. */
export function SessionTime({
  startsAt,
  endsAt,
  viewerTimeZone,
  eventTimeZone,
  programmeDay,
}: SessionTimeProps) {
  const { t } = useTranslation();
  const locale = useDateFnsLocale();
  const inEventZone = t('event.timeInZone', {
    range: formatTimeRange(startsAt, endsAt, eventTimeZone, locale),
    zone: eventTimeZone,
  });
  const dayShift = formatDayShiftPrefix(startsAt, viewerTimeZone, programmeDay, locale);

  return (
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
        <span data-testid="session-time-range">
          {formatTimeRange(startsAt, endsAt, viewerTimeZone, locale)}
        </span>{' '}
        <Text component="span" size="xs" c="dimmed" data-testid="session-time-zone">
          {formatZoneOffset(startsAt, viewerTimeZone, locale)}
        </Text>
      </Text>
    </Tooltip>
  );
}
