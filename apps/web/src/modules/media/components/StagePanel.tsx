import { type Stage } from '@hadir/contracts';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';

/** Participants a moderator brought on stage; taking one off closes their microphone and camera. */
export function StagePanel({
  stage,
  onRemove,
}: {
  stage: Stage | null;
  onRemove: (personId: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const invited = stage?.invited ?? [];
  return (
    <Paper withBorder p="md" data-testid="stage-panel">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('stage.title', { count: invited.length })}
        </Title>
        {invited.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('stage.none')}
          </Text>
        )}
        {invited.map((person) => (
          <Group
            key={person.personId}
            justify="space-between"
            wrap="nowrap"
            data-testid="stage-row"
          >
            <Text style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{person.name}</Text>
            {/* The row names the person; the button says what it does in a few words. */}
            <Button
              size="compact-sm"
              variant="light"
              color="red"
              style={{ flexShrink: 0 }}
              aria-label={t('stage.remove', { name: person.name })}
              onClick={() =>
                void onRemove(person.personId).catch((thrown: unknown) =>
                  setError(errorMessage(thrown)),
                )
              }
            >
              {t('stage.removeShort')}
            </Button>
          </Group>
        ))}
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
