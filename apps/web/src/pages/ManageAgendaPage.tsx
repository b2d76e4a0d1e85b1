import { Container } from '@mantine/core';
import { AgendaEditor } from '../modules/agenda-editor/components/AgendaEditor';
import { useEventPeople } from '../modules/people/hooks/useEventPeople';
import { QueryErrorAlert } from '../shared/components/QueryErrorAlert';
import { useManageContext } from './ManageLayout';

export function ManageAgendaPage() {
  const { agenda } = useManageContext();
  const people = useEventPeople(agenda.event.id);
  return (
    <Container size="xl" py="md">
      {people.isError && (
        <QueryErrorAlert error={people.error} onRetry={() => void people.refetch()} />
      )}
      <AgendaEditor
        event={agenda.event}
        sessions={agenda.sessions}
        people={people.data?.people ?? []}
      />
    </Container>
  );
}
