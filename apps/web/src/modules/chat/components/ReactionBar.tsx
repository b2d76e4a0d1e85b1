import { type ReactionBurst, REACTIONS } from '@hadir/contracts';
import { Box, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import type { SessionActions } from '../../session/hooks/useSessionActions';
import classes from './ReactionBar.module.css';

/** How long a burst floats on screen. */
const BURST_MS = 2500;

interface Floating {
  key: number;
  emoji: string;
  count: number;
}

/**
 * Emoji to send, and the room's reactions rising as they arrive: one floating emoji per kind and
 * burst, with its count, however many people clicked.
 */
export function ReactionBar({
  sessionId,
  actions,
  large = false,
}: {
  sessionId: string;
  actions?: SessionActions;
  large?: boolean;
}) {
  const { t } = useTranslation();
  const socket = useLiveSocket();
  const [floating, setFloating] = useState<Floating[]>([]);

  useEffect(() => {
    let next = 0;
    const burst = (payload: ReactionBurst) => {
      if (payload.sessionId !== sessionId) return;
      const added = Object.entries(payload.counts).map(([emoji, count]) => ({
        key: next++,
        emoji,
        count,
      }));
      setFloating((current) => [...current, ...added]);
      window.setTimeout(
        () => setFloating((current) => current.filter((item) => !added.includes(item))),
        BURST_MS,
      );
    };
    socket.on('reaction:burst', burst);
    return () => {
      socket.off('reaction:burst', burst);
    };
  }, [socket, sessionId]);

  return (
    <Box pos="relative" data-testid="reactions">
      <div className={classes.sky} aria-live="polite">
        {floating.map((item, index) => (
          <Text
            key={item.key}
            className={classes.float}
            style={{ left: `${10 + ((index * 23) % 80)}%` }}
            fz={large ? 56 : 28}
            data-testid="reaction-burst"
          >
            {item.emoji}
            {item.count > 1 && <span className={classes.count}>×{item.count}</span>}
          </Text>
        ))}
      </div>
      {actions && (
        <Group gap={4}>
          {REACTIONS.map((emoji) => (
            <Button
              key={emoji}
              variant="default"
              size="compact-md"
              // A clap lost to a dropped connection is not worth an error message.
              onClick={() => void actions.react(emoji).catch(() => undefined)}
              aria-label={t('reactions.send', { emoji })}
            >
              {emoji}
            </Button>
          ))}
        </Group>
      )}
    </Box>
  );
}
