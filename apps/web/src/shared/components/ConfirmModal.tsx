import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from './QueryErrorAlert';

export interface ConfirmModalProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Whether the action destroys something; it is then coloured as a warning. */
  danger?: boolean;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before an action that cannot be undone; stays open, with the reason, if it fails. */
export function ConfirmModal({
  title,
  children,
  confirmLabel,
  danger = false,
  busy,
  error,
  onConfirm,
  onClose,
}: ConfirmModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title} centered data-testid="confirm-modal">
      <Stack gap="md">
        <Text component="div">{children}</Text>
        {error !== null && error !== undefined && <QueryErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button
            color={danger ? 'red' : undefined}
            loading={busy}
            onClick={onConfirm}
            data-testid="confirm-action"
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
