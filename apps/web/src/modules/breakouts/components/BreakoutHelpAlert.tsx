import { type BreakoutSet } from '@hadir/contracts';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { clockTime } from '../../checkin/lib/doorWords';

/**
 * For staff away from the breakout overview (console, session page): which rooms of the running
 * set call for help, and the way to the overview, where the call is answered.
 */
export function BreakoutHelpAlert({ set, eventId }: { set: BreakoutSet | null; eventId: string }) {
  const { t, i18n } = useTranslation();
  const calls = (set?.rooms ?? []).flatMap(({ id, name, helpRequestedAt }) =>
    helpRequestedAt ? [{ id, name, at: helpRequestedAt }] : [],
  );
  if (!set || calls.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      title={t('breakouts.helpAlert', { count: calls.length })}
      data-testid="breakout-help-alert"
    >
      <Stack gap={4} align="flex-start">
        {calls.map((call) => (
          <Text key={call.id} size="sm" data-testid="breakout-help-room" data-room-id={call.id}>
            {t('breakouts.helpCall', { name: call.name, time: clockTime(call.at, i18n.language) })}
          </Text>
        ))}
        <Anchor
          component={Link}
          to={`/events/${eventId}/sessions/${set.sessionId}/breakouts`}
          data-testid="breakout-help-link"
        >
          {t('breakouts.overview')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
