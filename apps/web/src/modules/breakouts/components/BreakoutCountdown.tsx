import { type BreakoutSet } from '@hadir/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../events/hooks/useNow';
import { formatCountdown, secondsUntil } from '../lib/breakouts';

/** Time left in the rooms, or, while closing, until everyone is brought back. */
export function BreakoutCountdown({ set, offsetMs }: { set: BreakoutSet; offsetMs: number }) {
  const { t } = useTranslation();
  const now = useNow(1000).getTime();
  if (set.status === 'closing') {
    const left = secondsUntil(set.closesAt, now, offsetMs);
    return (
      <Badge color="orange" size="lg" data-testid="breakout-closing" data-seconds={left}>
        {t('breakouts.closingIn', { time: formatCountdown(left) })}
      </Badge>
    );
  }
  if (set.status !== 'open') return null;
  const left = secondsUntil(set.endsAt, now, offsetMs);
  return (
    <Badge
      color={left <= 60 ? 'orange' : 'blue'}
      size="lg"
      variant="light"
      data-testid="breakout-time-left"
      data-seconds={left}
    >
      {t('breakouts.timeLeft', { time: formatCountdown(left) })}
    </Badge>
  );
}
