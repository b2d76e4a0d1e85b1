import { Box, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '../../sign-in/hooks/useCountryName';
import { clockTime, toneColor, toneOf } from '../lib/doorWords';
import { type DoorEntry } from '../lib/scannerDb';

export interface DoorResultProps {
  entry: DoorEntry;
  /** A self-check-in kiosk greets rather than reports. */
  kiosk?: boolean;
  onDismiss: () => void;
}

/**
 * The answer to one scan, over the whole screen in a colour readable from across the door. A tap
 * anywhere closes it; otherwise it closes by itself so the next person can scan.
 */
export function DoorResult({ entry, kiosk = false, onDismiss }: DoorResultProps) {
  const { t, i18n } = useTranslation();
  const countryName = useCountryName();
  const tone = toneOf(entry);
  const heading =
    kiosk && entry.status === 'admitted' && entry.person
      ? t('checkIn.kiosk.welcome', { name: entry.person.name })
      : t(`checkIn.status.${entry.status}`);

  const details: string[] = [];
  if (entry.status === 'duplicate' && entry.first) {
    const time = clockTime(entry.first.scannedAt, i18n.language);
    details.push(
      entry.first.deviceId
        ? t('checkIn.result.firstAtOn', { time, device: entry.first.deviceId })
        : t('checkIn.result.firstAt', { time }),
    );
  }
  if (entry.status === 'checked_out' && entry.first) {
    details.push(
      t('checkIn.result.arrivedAt', { time: clockTime(entry.first.scannedAt, i18n.language) }),
    );
  }
  if (entry.reentry) details.push(t('checkIn.result.reentry'));
  if (entry.status === 'not_checked_in') details.push(t('checkIn.result.notCheckedInHint'));
  if (entry.arrivedDespiteRemote) details.push(t('checkIn.result.arrivedDespiteRemote'));
  if (entry.status === 'not_registered') details.push(t('checkIn.result.notRegisteredHint'));
  if (entry.status === 'revoked') details.push(t('checkIn.result.revokedHint'));
  if (entry.status === 'not_expected_today') details.push(t('checkIn.result.notExpectedHint'));
  if (entry.status === 'unchecked') details.push(t('checkIn.result.uncheckedHint'));
  if (!entry.uploaded && entry.status !== 'unchecked')
    details.push(t('checkIn.result.savedOffline'));

  return (
    <Box
      pos="fixed"
      inset={0}
      p="xl"
      style={{ zIndex: 300, background: toneColor[tone], color: 'white', cursor: 'pointer' }}
      onClick={onDismiss}
      role="alert"
      data-testid="door-result"
      data-status={entry.status}
    >
      <Stack h="100%" justify="center" align="center" gap="lg" ta="center">
        <Text fz={96} lh={1} aria-hidden>
          {{ go: '✓', out: '→', wait: '…', stop: '✕' }[tone]}
        </Text>
        <Title order={1} fz={{ base: 40, sm: 56 }} data-testid="door-result-heading">
          {heading}
        </Title>
        {entry.person && (
          <Stack gap={4}>
            <Text fz={28} fw={700} data-testid="door-result-name">
              {entry.person.name}
            </Text>
            <Text fz="xl">
              {[countryName(entry.person.country), entry.person.organisation]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>
        )}
        {details.map((detail) => (
          <Text key={detail} fz="lg" maw={560}>
            {detail}
          </Text>
        ))}
        <Text size="sm" opacity={0.8}>
          {t('checkIn.result.tapToClose')}
        </Text>
      </Stack>
    </Box>
  );
}
