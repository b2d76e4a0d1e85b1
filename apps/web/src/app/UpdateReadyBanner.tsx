import { Button, Group, Notification, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { reloadIntoUpdate, useUpdateStore } from './registerServiceWorker';

/** Offers the release that is waiting; the page keeps working on the old one until then. */
export function UpdateReadyBanner() {
  const { t } = useTranslation();
  const waiting = useUpdateStore((state) => state.waiting);
  if (!waiting) return null;
  return (
    <Notification
      data-testid="update-ready"
      withCloseButton={false}
      style={{ position: 'fixed', insetInline: 16, bottom: 16, zIndex: 1000, maxWidth: 480 }}
    >
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{t('app.updateReady')}</Text>
        <Button size="xs" onClick={reloadIntoUpdate}>
          {t('app.reload')}
        </Button>
      </Group>
    </Notification>
  );
}
