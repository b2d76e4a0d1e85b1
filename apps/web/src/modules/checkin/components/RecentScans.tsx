import { Badge, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { undoCheckInSchema } from '@hadir/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { clockTime, toneOf } from '../lib/doorWords';
import { type DoorEntry } from '../lib/scannerDb';

const toneBadge = { go: 'green', out: 'blue', stop: 'red', wait: 'gray' } as const;

export interface RecentScansProps {
  entries: DoorEntry[];
  online: boolean;
  onUndo: (entry: DoorEntry, reason: string) => Promise<void>;
}

/** This device's latest scans; a mistaken admission can be taken back, with a reason. */
export function RecentScans({ entries, online, onUndo }: RecentScansProps) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [undoing, setUndoing] = useState<DoorEntry | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setUndoing(null);
    setReason('');
    setError(null);
  };

  const confirm = async () => {
    if (!undoing) return;
    const parsed = undoCheckInSchema.shape.reason.safeParse(reason);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t('errors.unexpected'));
      return;
    }
    setBusy(true);
    try {
      await onUndo(undoing, parsed.data);
      close();
    } catch (thrown) {
      setError(errorMessage(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('checkIn.recent.title')}
      </Title>
      {entries.length === 0 && <Text c="dimmed">{t('checkIn.recent.none')}</Text>}
      {entries.map((entry) => (
        <Paper
          key={entry.id}
          withBorder
          p="xs"
          data-testid="recent-scan"
          data-status={entry.status}
        >
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <div>
              <Text fw={600} td={entry.undone ? 'line-through' : undefined}>
                {entry.person?.name ?? t('checkIn.recent.unknownPerson')}
              </Text>
              <Group gap={6}>
                <Text size="xs" c="dimmed">
                  {clockTime(entry.scannedAt, i18n.language)}
                </Text>
                <Badge size="xs" color={toneBadge[toneOf(entry)]} variant="light">
                  {t(`checkIn.status.${entry.status}`)}
                </Badge>
                {entry.undone && (
                  <Badge size="xs" color="gray">
                    {t('checkIn.recent.undone')}
                  </Badge>
                )}
                {!entry.uploaded && (
                  <Badge size="xs" color="yellow" data-testid="recent-scan-waiting">
                    {t('checkIn.recent.waiting')}
                  </Badge>
                )}
              </Group>
            </div>
            {(entry.status === 'admitted' || entry.status === 'checked_out') &&
              entry.uploaded &&
              !entry.undone && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  disabled={!online}
                  onClick={() => setUndoing(entry)}
                >
                  {t('checkIn.recent.undo')}
                </Button>
              )}
          </Group>
        </Paper>
      ))}
      <Modal
        opened={undoing !== null}
        onClose={close}
        title={t('checkIn.recent.undoTitle', { name: undoing?.person?.name ?? '' })}
      >
        <Stack>
          <Textarea
            label={t('checkIn.recent.reason')}
            description={t('checkIn.recent.reasonHint')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={error}
            autosize
            minRows={2}
            data-testid="undo-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void confirm()}>
              {t('checkIn.recent.undoConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
