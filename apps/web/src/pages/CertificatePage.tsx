import { Alert, Button, Container, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Certificate, certificateSheet } from '../modules/attendance/components/Certificate';
import { useMyAttendance } from '../modules/attendance/hooks/useAttendance';
import { useEventAgenda } from '../modules/events/hooks/useEventAgenda';
import { PageLoader } from '../shared/components/PageLoader';
import { QueryErrorAlert } from '../shared/components/QueryErrorAlert';
import printClasses from '../shared/styles/print.module.css';

/** A participant's own certificate, once they attended enough of the programme. */
export function CertificatePage() {
  const { eventId = '' } = useParams();
  const { t } = useTranslation();
  const agenda = useEventAgenda(eventId);
  const attendance = useMyAttendance(eventId);
  if (agenda.isError || attendance.isError) {
    return (
      <Container size="sm" py="xl">
        <QueryErrorAlert error={agenda.error ?? attendance.error} />
      </Container>
    );
  }
  if (agenda.isPending || attendance.isPending) return <PageLoader />;
  const report = attendance.data;
  return (
    <Container size="xl" py="md" className={certificateSheet}>
      <Group className={printClasses.screenOnly} mb="md">
        <Button component={Link} to={`/events/${eventId}/attendance`} variant="subtle">
          {t('ledger.mineTitle')}
        </Button>
        {report.eligible && (
          <Button onClick={() => window.print()} data-testid="certificate-print">
            {t('ledger.certificate.print')}
          </Button>
        )}
      </Group>
      {report.eligible ? (
        <Certificate event={agenda.data.event} person={report} />
      ) : (
        <Alert color="gray" variant="light" data-testid="certificate-not-yet">
          {t('ledger.notYet', { percent: report.certificatePercent })}
        </Alert>
      )}
    </Container>
  );
}
