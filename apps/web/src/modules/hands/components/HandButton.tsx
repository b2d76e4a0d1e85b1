import { type MyHand } from '@hadir/contracts';
import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { clockTime } from '../../checkin/lib/doorWords';
import type { SessionActions } from '../../session/hooks/useSessionActions';

/** Raise a hand to speak; it stays up (across reloads) until lowered by you or the moderator. */
export function HandButton({ hand, actions }: { hand: MyHand; actions: SessionActions }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const raised = hand.raisedAt !== null;
  const toggle = async () => {
    setError(null);
    try {
      await actions.raiseHand(!raised);
    } catch (thrown) {
      setError(errorMessage(thrown));
    }
  };
  return (
    <Stack gap={4}>
      <Button
        variant={raised ? 'filled' : 'light'}
        color={raised ? 'orange' : 'blue'}
        onClick={() => void toggle()}
        aria-pressed={raised}
        data-testid="hand-toggle"
        data-raised={raised}
      >
        {raised ? t('hands.lower') : t('hands.raise')}
      </Button>
      {hand.raisedAt && (
        <Text size="sm" c="dimmed" data-testid="hand-status">
          {t('hands.raisedSince', { time: clockTime(hand.raisedAt, i18n.language) })}
        </Text>
      )}
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
