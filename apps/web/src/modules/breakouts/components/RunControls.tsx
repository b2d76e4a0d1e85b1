import { type BreakoutSet, broadcastBreakoutSchema } from '@hadir/contracts';
import { Button, Group, NumberInput, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { newId } from '../../../shared/lib/newId';
import { type BreakoutActions } from '../hooks/useBreakouts';
import { BreakoutCountdown } from './BreakoutCountdown';

/** Open the rooms for a time, give more, message them all, and bring everyone back. */
export function RunControls({
  set,
  offsetMs,
  actions,
}: {
  set: BreakoutSet;
  offsetMs: number;
  actions: BreakoutActions;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [minutes, setMinutes] = useState(20);
  const [grace, setGrace] = useState(60);
  const [message, setMessage] = useState('');
  const [messageId, setMessageId] = useState(newId);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const run = (action: () => Promise<unknown>, done?: string) => {
    setError(null);
    action()
      .then(() => setNotice(done ?? null))
      .catch((thrown: unknown) => setError(errorMessage(thrown)));
  };
  const send = () => {
    const parsed = broadcastBreakoutSchema.shape.text.safeParse(message);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t('errors.unexpected'));
      return;
    }
    run(async () => {
      await actions.broadcast(set.id, parsed.data, messageId);
      setMessage('');
      setMessageId(newId());
    }, t('breakouts.broadcastSent'));
  };

  return (
    <Paper withBorder p="md" data-testid="breakout-run" data-status={set.status}>
      <Stack gap="sm">
        {set.status === 'draft' && (
          <Group align="flex-end">
            <NumberInput
              label={t('breakouts.minutes')}
              value={minutes}
              min={1}
              max={240}
              onChange={(value) => setMinutes(typeof value === 'number' ? value : 20)}
              w={120}
              data-testid="breakout-minutes"
            />
            <NumberInput
              label={t('breakouts.graceSeconds')}
              value={grace}
              min={0}
              max={300}
              onChange={(value) => setGrace(typeof value === 'number' ? value : 60)}
              w={160}
              data-testid="breakout-grace"
            />
            <Button
              color="green"
              onClick={() => run(() => actions.open(set.id, minutes * 60, grace))}
              data-testid="breakout-open"
            >
              {t('breakouts.open')}
            </Button>
          </Group>
        )}
        {(set.status === 'open' || set.status === 'closing') && (
          <>
            <Group>
              <BreakoutCountdown set={set} offsetMs={offsetMs} />
              <Button
                variant="default"
                onClick={() => run(() => actions.extend(set.id, 5 * 60))}
                data-testid="breakout-extend"
              >
                {t('breakouts.extend')}
              </Button>
              <Button
                color="red"
                variant="light"
                onClick={() => run(() => actions.close(set.id, set.graceSeconds || 60))}
                data-testid="breakout-close"
              >
                {t('breakouts.close')}
              </Button>
              <Button
                color="red"
                variant="subtle"
                onClick={() => run(() => actions.close(set.id, 0))}
              >
                {t('breakouts.closeNow')}
              </Button>
            </Group>
            <Group align="flex-end" gap="xs">
              <TextInput
                style={{ flex: 1 }}
                label={t('breakouts.broadcast')}
                value={message}
                onChange={(event) => setMessage(event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') send();
                }}
                maxLength={500}
                data-testid="breakout-broadcast-input"
              />
              <Button onClick={send} data-testid="breakout-broadcast-send">
                {t('breakouts.send')}
              </Button>
            </Group>
          </>
        )}
        {set.status === 'closed' && <Text c="dimmed">{t('breakouts.closed')}</Text>}
        {notice && (
          <Text size="sm" c="green" role="status">
            {notice}
          </Text>
        )}
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
