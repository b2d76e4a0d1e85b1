import { type EventExport } from '@hadir/contracts';
import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateSpan } from '../../events/lib/time';
import { useDateFnsLocale } from '../../language/hooks/useDateFnsLocale';

export interface ExportSummaryProps {
  file: EventExport;
}

/** What the chosen file holds, so the organiser can tell it is the one they meant. */
export function ExportSummary({ file }: ExportSummaryProps) {
  const { t } = useTranslation();
  const locale = useDateFnsLocale();
  return (
    <Paper bg="gray.0" p="sm" radius="sm" data-testid="event-import-summary">
      <Stack gap={2}>
        <Text fw={600} data-testid="event-import-summary-title">
          {file.event.title}
        </Text>
        <Text size="sm" c="dimmed">
          {formatDateSpan(file.event.startDate, file.event.endDate, locale)}
          {file.event.venue && ` · ${file.event.venue}`}
        </Text>
        <Text size="sm" data-testid="event-import-summary-counts">
          {t('transfer.import.sessions', { count: file.sessions.length })}
          {' · '}
          {t('transfer.import.people', { count: file.people.length })}
        </Text>
      </Stack>
    </Paper>
  );
}
