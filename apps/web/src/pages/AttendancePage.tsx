import { dateInZone } from '@hadir/domain';
import {
  Alert,
  Badge,
  Button,
  Container,
  Group,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ModeBadge } from '../modules/attendance/components/ModeBadge';
import { useMyAttendance, useMyCorrections } from '../modules/attendance/hooks/useAttendance';
import { useDuration } from '../modules/attendance/hooks/useDuration';
import { EventHeader } from '../modules/events/components/EventHeader';
import { useEventAgenda } from '../modules/events/hooks/useEventAgenda';
import { formatCalendarDate, formatTimeRange, viewerTimeZone } from '../modules/events/lib/time';
import { LanguageSwitch } from '../modules/language/components/LanguageSwitch';
import { useDateFnsLocale } from '../modules/language/hooks/useDateFnsLocale';
import { SignedInPerson } from '../modules/auth/components/SignedInPerson';
import { PageLoader } from '../shared/components/PageLoader';
import { QueryErrorAlert } from '../shared/components/QueryErrorAlert';

/** A person's own attendance: by day and session, and how far they are from a certificate. */
export function AttendancePage() {
  const { eventId = '' } = useParams();
  const { t } = useTranslation();
  const locale = useDateFnsLocale();
  const duration = useDuration();
  const agenda = useEventAgenda(eventId);
  const attendance = useMyAttendance(eventId);
  const corrections = useMyCorrections(
    eventId,
    attendance.data?.personId,
    (attendance.data?.correctedSessionIds.length ?? 0) > 0,
  );
  const [timeZone] = useState(viewerTimeZone);

  if (agenda.isError || attendance.isError) {
    return (
      <Container size="sm" py="xl">
        <QueryErrorAlert error={agenda.error ?? attendance.error} />
      </Container>
    );
  }
  if (agenda.isPending || attendance.isPending) return <PageLoader />;
  const { event, sessions } = agenda.data;
  const report = attendance.data;
  const byId = new Map(sessions.map((session) => [session.id, session]));

  return (
    <Container size="lg" pb="xl">
      <EventHeader
        event={event}
        actions={
          <>
            <Button component={Link} to={`/events/${eventId}`} variant="subtle" size="xs">
              {t('sessionRoom.backToAgenda')}
            </Button>
            <LanguageSwitch />
            <SignedInPerson />
          </>
        }
      />
      <Stack gap="lg" mt="md" component="main">
        <Paper withBorder p="lg" data-testid="my-attendance">
          <Stack gap="sm">
            <Title order={2} size="h3">
              {t('ledger.mineTitle')}
            </Title>
            <Text size="lg" data-testid="my-attendance-total">
              {t('ledger.total', {
                attended: duration(report.total.minutes),
                of: duration(report.total.ofMinutes),
                percent: report.total.percent,
              })}
            </Text>
            <Progress.Root size="xl" aria-label={t('ledger.progressLabel')}>
              <Progress.Section value={Math.min(100, report.total.percent)} color="teal" />
            </Progress.Root>
            <Alert
              color={report.eligible ? 'teal' : 'gray'}
              variant="light"
              data-testid="my-certificate"
              data-eligible={report.eligible}
            >
              {report.eligible
                ? t('ledger.eligible')
                : t('ledger.notYet', { percent: report.certificatePercent })}
            </Alert>
            {report.eligible && (
              <Button
                component={Link}
                to={`/events/${eventId}/attendance/certificate`}
                variant="light"
                data-testid="certificate-link"
              >
                {t('ledger.certificate.open')}
              </Button>
            )}
          </Stack>
        </Paper>

        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb="sm">
            {t('ledger.byDay')}
          </Title>
          <Stack gap="xs">
            {report.days.map((day) => (
              <Group key={day.day} wrap="nowrap" gap="md" data-testid="attendance-day">
                <Text w={120} size="sm">
                  {formatCalendarDate(day.day, 'EEE d MMM', locale)}
                </Text>
                <Progress value={Math.min(100, day.percent)} style={{ flex: 1 }} color="teal" />
                <Text w={150} size="sm" ta="right">
                  {duration(day.minutes)} · {day.percent}%
                </Text>
              </Group>
            ))}
          </Stack>
        </Paper>

        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb="sm">
            {t('ledger.bySession')}
          </Title>
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ledger.session')}</Table.Th>
                  <Table.Th>{t('ledger.when')}</Table.Th>
                  <Table.Th ta="right">{t('ledger.attended')}</Table.Th>
                  <Table.Th>{t('ledger.how')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.sessions.map((attended) => {
                  const session = byId.get(attended.sessionId);
                  if (!session) return null;
                  return (
                    <Table.Tr key={attended.sessionId} data-testid="attendance-session">
                      <Table.Td>{session.title}</Table.Td>
                      <Table.Td>
                        {formatCalendarDate(
                          dateInZone(new Date(session.startsAt), timeZone),
                          'EEE d MMM',
                          locale,
                        )}{' '}
                        {formatTimeRange(session.startsAt, session.endsAt, timeZone, locale)}
                      </Table.Td>
                      <Table.Td ta="right">
                        {duration(attended.minutes)} ({attended.percent}%)
                      </Table.Td>
                      <Table.Td>
                        <ModeBadge mode={attended.mode} />
                        {report.correctedSessionIds.includes(attended.sessionId) && (
                          <Tooltip
                            label={corrections.data?.corrections
                              .filter((c) => c.inForce && c.sessionId === attended.sessionId)
                              .map((c) => c.reason)
                              .join(' · ')}
                            disabled={!corrections.data}
                          >
                            <Badge
                              variant="outline"
                              color="gray"
                              ml={4}
                              data-testid="attendance-corrected"
                            >
                              {t('ledger.correct.marker')}
                            </Badge>
                          </Tooltip>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      </Stack>
    </Container>
  );
}
