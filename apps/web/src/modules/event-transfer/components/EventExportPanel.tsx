import { type EventSummary } from '@hadir/contracts';
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { useExportEvent } from '../hooks/useExportEvent';
import { exportFileName } from '../lib/importForm';

export interface EventExportPanelProps {
  event: EventSummary;
}

export function EventExportPanel({ event }: EventExportPanelProps) {
  const { t } = useTranslation();
  const exportEvent = useExportEvent(event);

  const handleDownload = () => {
    exportEvent.mutate();
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" data-testid="export-panel">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3">
          {t('transfer.export.title')}
        </Title>
        <Text size="sm">{t('transfer.export.contents')}</Text>
        <Text size="sm" c="dimmed">
          {t('transfer.export.privacy')}
        </Text>
        {exportEvent.isError && <QueryErrorAlert error={exportEvent.error} />}
        <Button
          onClick={handleDownload}
          loading={exportEvent.isPending}
          data-testid="export-download"
        >
          {t('transfer.export.download', { file: exportFileName(event) })}
        </Button>
      </Stack>
    </Paper>
  );
}
