import { type LedgerModeWire } from '@hadir/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<LedgerModeWire, string> = {
  in_person: 'teal',
  remote: 'blue',
  both: 'grape',
};

/** How someone attended: in the hall, from home, or both. */
export function ModeBadge({ mode }: { mode: LedgerModeWire | null }) {
  const { t } = useTranslation();
  if (!mode) return null;
  return (
    <Badge color={COLOURS[mode]} variant="light" data-testid="attendance-mode" data-mode={mode}>
      {t(`ledger.mode.${mode}`)}
    </Badge>
  );
}
