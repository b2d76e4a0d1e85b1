import { type RaisedHand } from '@hadir/contracts';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { clockTime } from '../../checkin/lib/doorWords';
import type { SessionActions } from '../../session/hooks/useSessionActions';

/** Raised hands in the order they went up; the moderator lowers one after giving the floor. */
export function HandQueuePanel({
  hands,
  actions,
  onInvite,
}: {
  hands: RaisedHand[];
  actions: SessionActions;
  /** Brings the person on stage (which lowers their hand). */
  onInvite?: (personId: string) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  return (
    <Paper withBorder p="md" data-testid="hand-queue">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('hands.queueTitle', { count: hands.length })}
        </Title>
        {hands.length === 0 && <Text c="dimmed">{t('hands.none')}</Text>}
        {hands.map((hand, index) => (
          <Group key={hand.personId} justify="space-between" wrap="nowrap" data-testid="hand-row">
            <Text>
              {index + 1}. {hand.name}{' '}
              <Text span size="xs" c="dimmed">
                {clockTime(hand.raisedAt, i18n.language)}
              </Text>
            </Text>
            <Group gap={6} wrap="nowrap">
              {onInvite && (
                <Button
                  size="compact-sm"
                  onClick={() =>
                    void onInvite(hand.personId).catch((thrown: unknown) => {
                      setError(errorMessage(thrown));
                    })
                  }
                  data-testid="hand-invite"
                >
                  {t('stage.invite')}
                </Button>
              )}
              <Button
                size="compact-sm"
                variant="light"
                onClick={() =>
                  void actions.lowerHand(hand.personId).catch((thrown: unknown) => {
                    setError(errorMessage(thrown));
                  })
                }
              >
                {t('hands.lowerFor', { name: hand.name })}
              </Button>
            </Group>
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
