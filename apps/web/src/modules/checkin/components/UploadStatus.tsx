import { Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { type DoorState } from '../lib/doorQueue';
import { clockTime } from '../lib/doorWords';

export interface UploadStatusProps {
  state: DoorState;
  online: boolean;
  onUpload: () => void;
}

/** How much this device holds that the server does not, and how fresh its list of people is. */
export function UploadStatus({ state, online, onUpload }: UploadStatusProps) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  return (
    <Group justify="space-between" gap="xs">
      <Group gap="xs">
        <Badge
          size="lg"
          color={state.pending > 0 ? 'yellow' : 'green'}
          variant="light"
          data-testid="pending-count"
          data-count={state.pending}
        >
          {state.pending > 0
            ? t('checkIn.upload.pending', { count: state.pending })
            : t('checkIn.upload.done')}
        </Badge>
        {state.pending > 0 && online && (
          <Button size="compact-sm" variant="subtle" onClick={onUpload}>
            {t('checkIn.upload.now')}
          </Button>
        )}
      </Group>
      <Text
        size="xs"
        c="dimmed"
        data-testid="roster-age"
        data-people={state.roster?.people.length ?? 0}
      >
        {state.rosterFetchedAt
          ? t('checkIn.rosterFrom', {
              time: clockTime(state.rosterFetchedAt, i18n.language),
              count: state.roster?.people.length ?? 0,
            })
          : t('checkIn.noRoster')}
      </Text>
      {state.uploadError != null && state.pending > 0 && (
        <Text size="xs" c="red" w="100%" role="alert">
          {t('checkIn.upload.failed', { message: errorMessage(state.uploadError) })}
        </Text>
      )}
    </Group>
  );
}
