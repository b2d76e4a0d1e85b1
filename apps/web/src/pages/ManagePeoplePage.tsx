import { Container } from '@mantine/core';
import { PeopleManager } from '../modules/people/components/PeopleManager';
import { useManageContext } from './ManageLayout';

export function ManagePeoplePage() {
  const { agenda } = useManageContext();
  return (
    <Container size="xl" py="md">
      <PeopleManager event={agenda.event} />
    </Container>
  );
}
