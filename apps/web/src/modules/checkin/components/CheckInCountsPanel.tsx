import { type AttendanceMode, type CheckInCounts, type PersonCategory } from '@hadir/contracts';
import { Alert, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { useCountryName } from '../../sign-in/hooks/useCountryName';
import { useCheckInCounts } from '../hooks/useCheckInCounts';

export interface CheckInCountsPanelProps {
  eventId: string;
  /** Another day than today; its totals are read once. */
  day?: string | null;
  /** Session titles by id, to name the sessions' counts. */
  sessionTitles?: ReadonlyMap<string, string>;
  /** A phone at the door has room for the totals only. */
  compact?: boolean;
}

/** Who is in the building today, pushed live to every facilitator and organiser. */
export function CheckInCountsPanel({
  eventId,
  day = null,
  sessionTitles,
  compact = false,
}: CheckInCountsPanelProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const countryName = useCountryName();
  const { counts, error } = useCheckInCounts(eventId, day);

  if (error) {
    return (
      <Alert color="red" variant="light">
        {errorMessage(error)}
      </Alert>
    );
  }
  if (!counts) return null;
  const share =
    counts.expected === 0 ? 0 : (100 * (counts.expected - counts.remaining)) / counts.expected;

  return (
    <Paper withBorder p="md" data-testid="checkin-counts">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {day === null ? t('checkIn.counts.title') : t('checkIn.counts.titleOn', { day })}
        </Title>
        <SimpleGrid cols={counts.checkedOut > 0 ? 4 : 3}>
          <Figure
            label={t('checkIn.counts.checkedIn')}
            value={counts.checkedIn}
            testId="counts-checked-in"
          />
          <Figure
            label={t('checkIn.counts.expected')}
            value={counts.expected}
            testId="counts-expected"
          />
          <Figure
            label={t('checkIn.counts.remaining')}
            value={counts.remaining}
            testId="counts-remaining"
          />
          {counts.checkedOut > 0 && (
            <Figure
              label={t('checkIn.counts.checkedOut')}
              value={counts.checkedOut}
              testId="counts-checked-out"
            />
          )}
        </SimpleGrid>
        <Progress value={share} size="lg" aria-label={t('checkIn.counts.share')} />
        {!compact && (
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
            <Breakdown
              title={t('checkIn.counts.byCountry')}
              group={counts.byCountry}
              label={countryName}
            />
            <Breakdown
              title={t('checkIn.counts.byCategory')}
              group={counts.byCategory}
              label={(key) => t(`categories.${key as PersonCategory}`)}
            />
            <Breakdown
              title={t('checkIn.counts.byMode')}
              group={counts.byMode}
              label={(key) => t(`attendance.${key as AttendanceMode}`)}
            />
            <Places title={t('checkIn.counts.byVenueRoom')} counts={counts.byVenueRoom} />
            <Places
              title={t('checkIn.counts.bySession')}
              counts={counts.bySession}
              label={(id) => sessionTitles?.get(id) ?? id}
            />
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}

function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Stack gap={0} align="center">
      <Text fz={32} fw={700} data-testid={testId}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}

/** One bar per group: checked in against expected, largest groups first. */
function Breakdown({
  title,
  group,
  label,
}: {
  title: string;
  group: CheckInCounts['byCountry'];
  label: (key: string) => string;
}) {
  const rows = Object.entries(group).sort(
    ([a, x], [b, y]) => y.expected - x.expected || y.checkedIn - x.checkedIn || a.localeCompare(b),
  );
  return (
    <Stack gap={6}>
      <Text fw={600}>{title}</Text>
      {rows.map(([key, { expected, checkedIn }]) => (
        <div key={key}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">{label(key)}</Text>
            <Text size="sm" c="dimmed">
              {checkedIn} / {expected}
            </Text>
          </Group>
          <Progress
            value={expected === 0 ? 100 : Math.min(100, (100 * checkedIn) / expected)}
            size="sm"
            color={checkedIn >= expected ? 'green' : 'blue'}
          />
        </div>
      ))}
    </Stack>
  );
}

/** How many are in each room or session now; rooms have no expected number to compare with. */
function Places({
  title,
  counts,
  label = (key) => key,
}: {
  title: string;
  counts: Record<string, number>;
  label?: (key: string) => string;
}) {
  const rows = Object.entries(counts).sort(([, a], [, b]) => b - a);
  if (rows.length === 0) return null;
  return (
    <Stack gap={6}>
      <Text fw={600}>{title}</Text>
      {rows.map(([key, count]) => (
        <Group key={key} justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm">{label(key)}</Text>
          <Text size="sm" fw={600}>
            {count}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
