import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { usePublishers } from '../hooks/usePublishers';

/**
 * Every microphone open in the session, for the moderator's console: mute one without joining
 * the session's audio and video. Its owner can turn it on again.
 */
export function MicrophonesPanel({ spaceId }: { spaceId: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { producers, mute, error } = usePublishers(spaceId);
  const [failed, setFailed] = useState<string | null>(null);
  const microphones = producers.filter((producer) => producer.source === 'microphone');
  return (
    <Paper withBorder p="md" data-testid="microphones-panel">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('microphones.title', { count: microphones.filter((m) => !m.paused).length })}
        </Title>
        {microphones.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('microphones.none')}
          </Text>
        )}
        {microphones.map((microphone) => (
          <Group
            key={microphone.id}
            justify="space-between"
            wrap="nowrap"
            data-testid="microphone-row"
            data-person-id={microphone.personId}
            data-paused={microphone.paused}
          >
            <Text style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{microphone.name}</Text>
            {microphone.paused ? (
              <Badge color="gray" variant="light" style={{ flexShrink: 0 }}>
                {t('microphones.muted')}
              </Badge>
            ) : (
              <Button
                size="compact-sm"
                color="red"
                variant="light"
                style={{ flexShrink: 0 }}
                aria-label={t('microphones.muteName', { name: microphone.name })}
                onClick={() =>
                  void mute(microphone.id).then(
                    () => setFailed(null),
                    (thrown: unknown) => setFailed(errorMessage(thrown)),
                  )
                }
                data-testid="microphone-mute"
              >
                {t('microphones.mute')}
              </Button>
            )}
          </Group>
        ))}
        {(failed ?? (error !== null ? errorMessage(error) : null)) && (
          <Text c="red" size="sm" role="alert">
            {failed ?? errorMessage(error)}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
