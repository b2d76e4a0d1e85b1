import { type PresenceCounts } from '@hadir/contracts';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Who follows the session now, in the hall and from home, for staff. */
export function PresencePanel({ presence }: { presence: PresenceCounts }) {
  const { t } = useTranslation();
  const group = (mode: 'in_person' | 'remote', label: string, count: number) => (
    <Stack gap={4}>
      <Group gap="xs">
        <Text fw={600}>{label}</Text>
        <Badge variant="light">{count}</Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {presence.people
          .filter((person) => person.mode === mode)
          .map((person) => person.name)
          .join(', ') || '—'}
      </Text>
    </Stack>
  );
  return (
    <Paper withBorder p="md" data-testid="presence-list">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('presence.title')}
        </Title>
        {group('in_person', t('presence.inPerson'), presence.inPerson)}
        {group('remote', t('presence.remote'), presence.remote)}
      </Stack>
    </Paper>
  );
}
