import { Alert, Button, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Certificate, certificateSheet } from '../modules/attendance/components/Certificate';
import { useEventAttendance } from '../modules/attendance/hooks/useAttendance';
import { PageLoader } from '../shared/components/PageLoader';
import { QueryErrorAlert } from '../shared/components/QueryErrorAlert';
import printClasses from '../shared/styles/print.module.css';
import { useManageContext } from './ManageLayout';

/** Every certificate due, one page each, ready to print. */
export function ManageCertificatesPage() {
  const { t } = useTranslation();
  const { agenda } = useManageContext();
  const attendance = useEventAttendance(agenda.event.id);
  if (attendance.isPending) return <PageLoader />;
  if (attendance.isError) return <QueryErrorAlert error={attendance.error} />;
  const eligible = attendance.data.people.filter((person) => person.eligible);
  return (
    <Container size="xl" py="md" className={certificateSheet}>
      <Group className={printClasses.screenOnly} mb="md" justify="space-between">
        <Button
          component={Link}
          to={`/events/${agenda.event.id}/manage/attendance`}
          variant="subtle"
        >
          {t('manage.sections.attendance')}
        </Button>
        <Group>
          <Text size="sm" c="dimmed">
            {t('ledger.certificate.count', { count: eligible.length })}
          </Text>
          <Button onClick={() => window.print()} disabled={eligible.length === 0}>
            {t('ledger.certificate.printAll')}
          </Button>
        </Group>
      </Group>
      {eligible.length === 0 && (
        <Alert color="gray" variant="light">
          {t('ledger.certificate.none', { percent: attendance.data.certificatePercent })}
        </Alert>
      )}
      {eligible.map((person) => (
        <Certificate key={person.personId} event={agenda.event} person={person} />
      ))}
    </Container>
  );
}
