import { type BreakoutPresent } from '@hadir/contracts';
import { Badge, type BadgeProps } from '@mantine/core';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** How someone is in a breakout room now: at the table, from home, or not here. */
export function RoomPresenceBadge({
  mode,
  size,
  children,
}: {
  mode: BreakoutPresent['mode'] | undefined;
  size: BadgeProps['size'];
  /** Said after the presence, such as the person's country. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Badge
      size={size}
      variant={mode ? 'light' : 'outline'}
      color={mode === 'in_person' ? 'teal' : mode === 'remote' ? 'indigo' : 'gray'}
    >
      {mode === 'in_person'
        ? t('breakouts.atTable')
        : mode === 'remote'
          ? t('breakouts.remote')
          : t('breakouts.notHere')}
      {children}
    </Badge>
  );
}
