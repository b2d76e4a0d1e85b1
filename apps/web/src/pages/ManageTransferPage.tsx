import { Container, Stack } from '@mantine/core';
import { EventExportPanel } from '../modules/event-transfer/components/EventExportPanel';
import { EventImportPanel } from '../modules/event-transfer/components/EventImportPanel';
import { useManageContext } from './ManageLayout';

export function ManageTransferPage() {
  const { agenda } = useManageContext();
  return (
    <Container size="md" py="md">
      <Stack gap="lg">
        <EventExportPanel event={agenda.event} />
        <EventImportPanel />
      </Stack>
    </Container>
  );
}
