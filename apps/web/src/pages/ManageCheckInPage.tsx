import { Button, Container, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CheckInCountsPanel } from '../modules/checkin/components/CheckInCountsPanel';
import { useManageContext } from './ManageLayout';

/** The organiser's view of the doors: today's totals, live. */
export function ManageCheckInPage() {
  const { t } = useTranslation();
  const { agenda } = useManageContext();
  return (
    <Container size="xl" py="md">
      <Stack>
        <Group justify="space-between">
          <Text c="dimmed">{agenda.event.venue}</Text>
          <Button component={Link} to={`/events/${agenda.event.id}/check-in`} variant="light">
            {t('checkIn.openScanner')}
          </Button>
        </Group>
        <CheckInCountsPanel eventId={agenda.event.id} />
      </Stack>
    </Container>
  );
}
