import { type AttendanceMode } from '@hadir/contracts';
import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Whether this person follows the session from home or from the hall (on their phone). */
export function PresenceModeSwitch({
  mode,
  onChange,
}: {
  mode: AttendanceMode;
  onChange: (mode: AttendanceMode) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('presence.modeLabel')}
      </Text>
      <SegmentedControl
        value={mode}
        onChange={(value) => onChange(value === 'in_person' ? 'in_person' : 'remote')}
        data={[
          { value: 'remote', label: t('presence.remote') },
          { value: 'in_person', label: t('presence.inPerson') },
        ]}
        data-testid="presence-mode"
      />
    </Stack>
  );
}
