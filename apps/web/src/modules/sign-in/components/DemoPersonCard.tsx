import { type DemoPerson } from '@hadir/contracts';
import { Badge, Card, Group, Loader, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface DemoPersonCardProps {
  person: DemoPerson;
  countryName: string;
  busy: boolean;
  disabled: boolean;
  onSelect: (person: DemoPerson) => void;
}

export function DemoPersonCard({
  person,
  countryName,
  busy,
  disabled,
  onSelect,
}: DemoPersonCardProps) {
  const { t } = useTranslation();
  const inHall = person.attendanceMode === 'in_person';
  return (
    <UnstyledButton
      onClick={() => onSelect(person)}
      disabled={disabled}
      title={t('signIn.signInAs', { name: person.name })}
      aria-busy={busy}
      data-testid={`demo-person-${person.id}`}
      data-country={person.country}
      data-roles={person.roles.join(' ')}
      style={{ display: 'block', width: '100%' }}
    >
      <Card withBorder padding="sm" radius="md" h="100%">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{person.name}</Text>
          {busy ? (
            <Loader size="xs" />
          ) : (
            <Badge variant="light" color={inHall ? 'teal' : 'grape'} style={{ flexShrink: 0 }}>
              {t(`attendance.${person.attendanceMode}`)}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {countryName} ({person.country})
        </Text>
        <Text size="sm" c="dimmed">
          {person.organisation}
        </Text>
      </Card>
    </UnstyledButton>
  );
}
