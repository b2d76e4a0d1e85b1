import { type EventSummary } from '@hadir/contracts';
import { Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode } from 'react';
import { useDateFnsLocale } from '../../language/hooks/useDateFnsLocale';
import { formatDateSpan } from '../lib/time';
import { usePhone } from '../../../shared/hooks/usePhone';

export interface EventHeaderProps {
  event: EventSummary;
  /** Controls shown beside the title: connection, language, the signed-in person. */
  actions: ReactNode;
}

/** On a phone the header takes a few lines, so that the page's own content starts on screen. */
export function EventHeader({ event, actions }: EventHeaderProps) {
  const locale = useDateFnsLocale();
  const phone = usePhone();
  return (
    <Group
      component="header"
      justify="space-between"
      align="flex-start"
      gap={phone ? 'xs' : 'md'}
      py={phone ? 'xs' : 'md'}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Stack gap={2}>
        <Title
          order={1}
          size={phone ? 'h5' : 'h2'}
          lineClamp={phone ? 2 : undefined}
          data-testid="event-title"
        >
          {event.title}
        </Title>
        <Text
          c="dimmed"
          size={phone ? 'xs' : undefined}
          lineClamp={phone ? 1 : undefined}
          data-testid="event-when-where"
        >
          {formatDateSpan(event.startDate, event.endDate, locale)}
          {event.venue && ` · ${event.venue}`}
        </Text>
      </Stack>
      <Group gap={phone ? 4 : 'sm'}>{actions}</Group>
    </Group>
  );
}
