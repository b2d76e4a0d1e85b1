import {
  type LedgerModeWire,
  type PersonAttendanceReport,
  type PersonCategory,
} from '@hadir/contracts';
import { dateInZone } from '@hadir/domain';
import {
  Alert,
  Button,
  Container,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CorrectionDialog,
  type CorrectionTarget,
} from '../modules/attendance/components/CorrectionDialog';
import { CertificateRuleForm } from '../modules/attendance/components/CertificateRuleForm';
import { ModeBadge } from '../modules/attendance/components/ModeBadge';
import { useEventAttendance } from '../modules/attendance/hooks/useAttendance';
import { useAttendanceNow } from '../modules/attendance/hooks/useAttendanceNow';
import { CheckInCountsPanel } from '../modules/checkin/components/CheckInCountsPanel';
import { useDuration } from '../modules/attendance/hooks/useDuration';
import { formatCalendarDate } from '../modules/events/lib/time';
import { useDateFnsLocale } from '../modules/language/hooks/useDateFnsLocale';
import { downloadFile } from '../shared/lib/downloadFile';
import { useCountryName } from '../modules/sign-in/hooks/useCountryName';
import { useErrorMessage } from '../shared/api/useErrorMessage';
import { PageLoader } from '../shared/components/PageLoader';
import { QueryErrorAlert } from '../shared/components/QueryErrorAlert';
import { useManageContext } from './ManageLayout';

const MODES: LedgerModeWire[] = ['in_person', 'remote', 'both'];
const MODE_COLOURS: Record<LedgerModeWire, string> = {
  in_person: 'var(--mantine-color-teal-6)',
  remote: 'var(--mantine-color-blue-6)',
  both: 'var(--mantine-color-grape-6)',
};

/** Who attended what: per session, per person and per country, with exports. */
export function ManageAttendancePage() {
  const { t } = useTranslation();
  const locale = useDateFnsLocale();
  const duration = useDuration();
  const countryName = useCountryName();
  const errorMessage = useErrorMessage();
  const { agenda } = useManageContext();
  const { event } = agenda;
  const attendance = useEventAttendance(event.id);
  const following = useAttendanceNow(event.id);
  const [day, setDay] = useState<string | null>(null);
  const [country, setCountry] = useState<string | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [mode, setMode] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState<CorrectionTarget | null>(null);

  const sessions = useMemo(
    () =>
      agenda.sessions
        .filter((session) => session.kind !== 'break')
        .map((session) => ({
          ...session,
          day: dateInZone(new Date(session.startsAt), event.timezone),
        })),
    [agenda.sessions, event.timezone],
  );
  const days = [...new Set(sessions.map((session) => session.day))];

  if (attendance.isPending) return <PageLoader />;
  if (attendance.isError) {
    return (
      <Container size="xl" py="md">
        <QueryErrorAlert error={attendance.error} onRetry={() => void attendance.refetch()} />
      </Container>
    );
  }
  const report = attendance.data;
  const shown = sessions.filter((session) => day === null || session.day === day);
  const figuresOf = (person: PersonAttendanceReport) =>
    day === null ? person.total : (person.days.find((entry) => entry.day === day) ?? person.total);
  const people = report.people.filter(
    (person) =>
      (country === null || person.country === country) &&
      (category === null || person.category === category) &&
      (mode === null || figuresOf(person).mode === mode),
  );
  const countries = [...new Set(report.people.map((person) => person.country))].sort();
  const exportFile = (file: 'people' | 'sessions') => {
    setExportError(null);
    downloadFile(`/events/${event.id}/attendance/${file}.csv`, `attendance-${file}.csv`).catch(
      (thrown: unknown) => setExportError(errorMessage(thrown)),
    );
  };

  return (
    <Container size="xl" py="md">
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <CheckInCountsPanel eventId={event.id} compact />
          <Paper withBorder p="md" data-testid="attendance-now">
            <Title order={2} size="h4" mb="sm">
              {t('ledger.nowTitle')}
            </Title>
            {following.error !== null && (
              <Text c="red" size="sm">
                {errorMessage(following.error)}
              </Text>
            )}
            <SimpleGrid cols={2}>
              <Figure
                label={t('ledger.followingRemotely')}
                value={following.now?.followingRemotely ?? 0}
                testId="now-remote"
              />
              <Figure
                label={t('ledger.followingInHall')}
                value={following.now?.followingInHall ?? 0}
                testId="now-in-hall"
              />
            </SimpleGrid>
          </Paper>
        </SimpleGrid>
        <Group justify="space-between" align="flex-end">
          <Group gap="sm" align="flex-end">
            <Select
              label={t('ledger.filters.day')}
              placeholder={t('ledger.filters.allDays')}
              data={days.map((value) => ({
                value,
                label: formatCalendarDate(value, 'EEE d MMM', locale),
              }))}
              value={day}
              onChange={setDay}
              clearable
              data-testid="attendance-day-filter"
            />
            <Select
              label={t('ledger.filters.country')}
              placeholder={t('ledger.filters.all')}
              data={countries.map((code) => ({ value: code, label: countryName(code) }))}
              value={country}
              onChange={setCountry}
              clearable
              searchable
            />
            <Select
              label={t('ledger.filters.category')}
              placeholder={t('ledger.filters.all')}
              data={(['official', 'business_owner', 'speaker', 'staff'] as PersonCategory[]).map(
                (value) => ({ value, label: t(`categories.${value}`) }),
              )}
              value={category}
              onChange={setCategory}
              clearable
            />
            <Select
              label={t('ledger.filters.mode')}
              placeholder={t('ledger.filters.all')}
              data={MODES.map((value) => ({ value, label: t(`ledger.mode.${value}`) }))}
              value={mode}
              onChange={setMode}
              clearable
            />
          </Group>
          <Group gap="xs">
            <Button variant="light" onClick={() => exportFile('people')}>
              {t('ledger.exportPeople')}
            </Button>
            <Button variant="light" onClick={() => exportFile('sessions')}>
              {t('ledger.exportSessions')}
            </Button>
            <Button
              component={Link}
              to={`/events/${event.id}/manage/attendance/certificates`}
              data-testid="certificates-link"
            >
              {t('ledger.certificate.printAll')}
            </Button>
          </Group>
        </Group>
        {exportError && (
          <Alert color="red" variant="light">
            {exportError}
          </Alert>
        )}

        <CertificateRuleForm
          key={report.certificatePercent}
          eventId={event.id}
          percent={report.certificatePercent}
        />
        <SimpleGrid cols={{ base: 2, md: 5 }}>
          <Figure label={t('ledger.figures.people')} value={people.length} />
          {MODES.map((value) => (
            <Figure
              key={value}
              label={t(`ledger.mode.${value}`)}
              value={people.filter((person) => figuresOf(person).mode === value).length}
            />
          ))}
          <Figure
            label={t('ledger.figures.eligible', { percent: report.certificatePercent })}
            value={people.filter((person) => person.eligible).length}
            testId="attendance-eligible"
          />
        </SimpleGrid>

        <Paper withBorder p="md" data-testid="attendance-by-session">
          <Title order={2} size="h4" mb="sm">
            {t('ledger.bySessionChart')}
          </Title>
          <Stack gap={6}>
            {shown.map((session) => {
              const counts = MODES.map(
                (value) =>
                  people.filter(
                    (person) =>
                      person.sessions.find((entry) => entry.sessionId === session.id)?.mode ===
                      value,
                  ).length,
              );
              return (
                <Group key={session.id} wrap="nowrap" gap="sm" data-testid="attendance-session-bar">
                  <Text size="sm" w={260} truncate title={session.title}>
                    {session.title}
                  </Text>
                  <div
                    style={{
                      flex: 1,
                      display: 'flex',
                      height: 14,
                      background: 'var(--mantine-color-gray-1)',
                    }}
                    role="img"
                    aria-label={t('ledger.barLabel', {
                      inPerson: counts[0],
                      remote: counts[1],
                      both: counts[2],
                      of: people.length,
                    })}
                  >
                    {counts.map((count, index) => (
                      <div
                        key={MODES[index]}
                        style={{
                          width: `${people.length ? (100 * count) / people.length : 0}%`,
                          background: MODE_COLOURS[MODES[index]],
                        }}
                      />
                    ))}
                  </div>
                  <Text size="xs" w={90} ta="right" c="dimmed">
                    {counts[0]} · {counts[1]} · {counts[2]}
                  </Text>
                </Group>
              );
            })}
          </Stack>
          <Group gap="md" mt="sm">
            {MODES.map((value) => (
              <Group key={value} gap={4}>
                <div style={{ width: 10, height: 10, background: MODE_COLOURS[value] }} />
                <Text size="xs">{t(`ledger.mode.${value}`)}</Text>
              </Group>
            ))}
          </Group>
        </Paper>

        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('ledger.byCountry')}
          </Title>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ledger.filters.country')}</Table.Th>
                <Table.Th ta="right">{t('ledger.figures.people')}</Table.Th>
                <Table.Th ta="right">{t('ledger.attended')}</Table.Th>
                <Table.Th ta="right">{t('ledger.figures.eligibleShort')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {countries
                .filter((code) => people.some((person) => person.country === code))
                .map((code) => {
                  const of = people.filter((person) => person.country === code);
                  return (
                    <Table.Tr key={code}>
                      <Table.Td>{countryName(code)}</Table.Td>
                      <Table.Td ta="right">{of.length}</Table.Td>
                      <Table.Td ta="right">
                        {duration(of.reduce((sum, person) => sum + figuresOf(person).minutes, 0))}
                      </Table.Td>
                      <Table.Td ta="right">
                        {of.filter((person) => person.eligible).length}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
            </Table.Tbody>
          </Table>
        </Paper>

        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('ledger.grid')}
          </Title>
          <Table.ScrollContainer minWidth={720}>
            <Table data-testid="attendance-grid" stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ledger.person')}</Table.Th>
                  <Table.Th>{t('ledger.how')}</Table.Th>
                  <Table.Th ta="right">{t('ledger.attended')}</Table.Th>
                  {shown.map((session, index) => (
                    <Table.Th key={session.id} ta="center">
                      <Tooltip label={session.title}>
                        <span>{index + 1}</span>
                      </Tooltip>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.map((person) => {
                  const figures = figuresOf(person);
                  return (
                    <Table.Tr key={person.personId} data-testid="attendance-person">
                      <Table.Td>
                        <Text size="sm">{person.name}</Text>
                        <Text size="xs" c="dimmed">
                          {countryName(person.country)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <ModeBadge mode={figures.mode} />
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm">{figures.percent}%</Text>
                        <Text size="xs" c="dimmed">
                          {duration(figures.minutes)}
                        </Text>
                      </Table.Td>
                      {shown.map((session) => {
                        const entry = person.sessions.find((e) => e.sessionId === session.id);
                        const percent = entry?.percent ?? 0;
                        const corrected = person.correctedSessionIds.includes(session.id);
                        return (
                          <Table.Td key={session.id} ta="center" p={2}>
                            <Tooltip
                              label={`${session.title}: ${duration(entry?.minutes ?? 0)} (${percent}%)${
                                corrected ? ` · ${t('ledger.correct.marker')}` : ''
                              }`}
                            >
                              <UnstyledButton
                                aria-label={`${t('ledger.correct.open')}: ${person.name}, ${session.title}`}
                                onClick={() =>
                                  setCorrecting({
                                    person: { id: person.personId, name: person.name },
                                    session,
                                    entry,
                                  })
                                }
                                data-testid="attendance-cell"
                                data-corrected={corrected}
                                style={{
                                  display: 'block',
                                  outline: corrected
                                    ? '2px dashed var(--mantine-color-dark-4)'
                                    : undefined,
                                  width: 18,
                                  height: 18,
                                  margin: 'auto',
                                  borderRadius: 3,
                                  background: entry?.mode
                                    ? MODE_COLOURS[entry.mode]
                                    : 'var(--mantine-color-gray-2)',
                                  opacity: entry?.mode ? 0.25 + (0.75 * percent) / 100 : 1,
                                }}
                              />
                            </Tooltip>
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      </Stack>
      {correcting && (
        <CorrectionDialog
          eventId={event.id}
          target={{
            ...correcting,
            entry: report.people
              .find((person) => person.personId === correcting.person.id)
              ?.sessions.find((entry) => entry.sessionId === correcting.session.id),
          }}
          onClose={() => setCorrecting(null)}
        />
      )}
    </Container>
  );
}

function Figure({ label, value, testId }: { label: string; value: number; testId?: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId} data-value={value}>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Paper>
  );
}
