import { type EventSummary } from '@hadir/contracts';
import { Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode } from 'react';
import { useDateFnsLocale } from '../../language/hooks/useDateFnsLocale';
import { formatDateSpan } from '../lib/time';

export interface EventHeaderProps {
  event: EventSummary;
  /** Controls shown beside the title: connection, language, the signed-in person. */
  actions: ReactNode;
}

export function EventHeader({ event, actions }: EventHeaderProps) {
  const locale = useDateFnsLocale();
  return (
    <Group
      component="header"
      justify="space-between"
      align="flex-start"
      gap="md"
      py="md"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Stack gap={2}>
        <Title order={1} size="h2" data-testid="event-title">
          {event.title}
        </Title>
        <Text c="dimmed" data-testid="event-when-where">
          {formatDateSpan(event.startDate, event.endDate, locale)}
          {event.venue && ` · ${event.venue}`}
        </Text>
      </Stack>
      <Group gap="sm">{actions}</Group>
    </Group>
  );
}
