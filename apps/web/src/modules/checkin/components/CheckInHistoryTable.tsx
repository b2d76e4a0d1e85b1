import { type CheckInHistoryEntry, checkInHistorySchema } from '@hadir/contracts';
import { Alert, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../../shared/api/apiFetch';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { clockTime } from '../lib/doorWords';

/** Today's history is read again this often; past days do not change. */
const TODAY_REFRESH_MS = 10_000;

const statusColor: Record<CheckInHistoryEntry['status'], string> = {
  admitted: 'green',
  checked_out: 'blue',
  duplicate: 'orange',
  not_registered: 'red',
  not_expected_today: 'red',
  revoked: 'red',
  not_checked_in: 'red',
};

export interface CheckInHistoryTableProps {
  eventId: string;
  day: string;
  isToday: boolean;
  sessionTitles: ReadonlyMap<string, string>;
}

/** Every scan of a day at every door, for the organisers: who, where, by whom, and every undo. */
export function CheckInHistoryTable({
  eventId,
  day,
  isToday,
  sessionTitles,
}: CheckInHistoryTableProps) {
  const { t, i18n } = useTranslation();
  const history = useQuery({
    queryKey: ['events', eventId, 'check-in-history', day],
    queryFn: ({ signal }) =>
      apiFetch(`/events/${eventId}/check-ins?day=${day}`, checkInHistorySchema, { signal }),
    refetchInterval: isToday ? TODAY_REFRESH_MS : false,
  });

  if (history.isError) {
    return <QueryErrorAlert error={history.error} onRetry={() => void history.refetch()} />;
  }
  const entries = history.data?.entries ?? [];
  const where = (entry: CheckInHistoryEntry) => {
    if (entry.sessionId) return sessionTitles.get(entry.sessionId) ?? entry.sessionId;
    return entry.venueRoom ?? t('checkIn.scope.building');
  };

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('checkIn.history.title')}
      </Title>
      {history.data?.truncated && (
        <Alert color="yellow" variant="light">
          {t('checkIn.history.truncated', { count: entries.length })}
        </Alert>
      )}
      {history.isSuccess && entries.length === 0 && (
        <Text c="dimmed">{t('checkIn.history.none')}</Text>
      )}
      {entries.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table striped data-testid="checkin-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('checkIn.history.time')}</Table.Th>
                <Table.Th>{t('checkIn.history.person')}</Table.Th>
                <Table.Th>{t('checkIn.history.result')}</Table.Th>
                <Table.Th>{t('checkIn.history.where')}</Table.Th>
                <Table.Th>{t('checkIn.history.device')}</Table.Th>
                <Table.Th>{t('checkIn.history.undone')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id} data-testid="checkin-history-row">
                  <Table.Td>{clockTime(entry.scannedAt, i18n.language)}</Table.Td>
                  <Table.Td>{entry.person?.name ?? t('checkIn.recent.unknownPerson')}</Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={statusColor[entry.status]}
                      td={entry.undone ? 'line-through' : undefined}
                    >
                      {t(`checkIn.status.${entry.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{where(entry)}</Table.Td>
                  <Table.Td>
                    {entry.deviceId} · {entry.recordedBy}
                  </Table.Td>
                  <Table.Td>
                    {entry.undone &&
                      t('checkIn.history.undoneBy', {
                        name: entry.undone.by,
                        time: clockTime(entry.undone.at, i18n.language),
                        reason: entry.undone.reason,
                      })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
