import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ConnectionStatus, useConnectionStatus } from '../hooks/useConnectionStatus';

const colors: Record<ConnectionStatus, MantineColor> = {
  connected: 'green',
  reconnecting: 'yellow',
  offline: 'red',
};

export function ConnectionStatusBadge() {
  const { t } = useTranslation();
  const { status, labelKey } = useConnectionStatus();
  return (
    <Badge
      variant="dot"
      size="lg"
      tt="none"
      color={colors[status]}
      data-testid="connection-status"
      data-state={status}
      role="status"
      aria-label={t('connection.label', { status: t(labelKey) })}
    >
      {t(labelKey)}
    </Badge>
  );
}
