import { Alert, Box, Button, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type useDoorFlow } from '../hooks/useDoorFlow';
import { CameraScanner } from './CameraScanner';
import { DoorResult } from './DoorResult';
import { KioskPinModal } from './KioskPinModal';

export interface KioskScreenProps {
  title: string;
  pin: string;
  flow: ReturnType<typeof useDoorFlow>;
  onUnlock: () => void;
}

/**
 * Self check-in: attendees scan their own badge and nothing else. There is no search (that would
 * show everyone's names) and no way out of the page without the facilitator's PIN.
 */
export function KioskScreen({ title, pin, flow, onUnlock }: KioskScreenProps) {
  const { t } = useTranslation();
  const [unlocking, setUnlocking] = useState(false);

  useEffect(() => {
    // The browser's back button would leave the kiosk: every step back is undone at once.
    const stay = () => window.history.pushState(null, '', window.location.href);
    stay();
    window.addEventListener('popstate', stay);
    return () => window.removeEventListener('popstate', stay);
  }, []);

  return (
    <Box mih="100vh" p="md" data-testid="kiosk">
      <Stack maw={640} mx="auto" gap="lg">
        <Stack gap={4} ta="center">
          <Title order={1}>{t('checkIn.kiosk.title')}</Title>
          <Text size="lg" c="dimmed">
            {title}
          </Text>
        </Stack>
        <CameraScanner
          paused={flow.shown !== null}
          onCode={(code) => flow.scanCode('kiosk', code)}
        />
        <Text ta="center" size="lg">
          {t('checkIn.kiosk.help')}
        </Text>
        {flow.failure !== null && (
          <Alert color="red" variant="filled" role="alert">
            {t('checkIn.kiosk.askStaff')}
          </Alert>
        )}
      </Stack>
      <Button
        pos="fixed"
        bottom={12}
        right={12}
        variant="subtle"
        color="gray"
        size="xs"
        onClick={() => setUnlocking(true)}
        data-testid="kiosk-unlock"
      >
        {t('checkIn.kiosk.staff')}
      </Button>
      {flow.shown && <DoorResult entry={flow.shown} kiosk onDismiss={flow.dismiss} />}
      <KioskPinModal
        opened={unlocking}
        title={t('checkIn.kiosk.unlockTitle')}
        confirmLabel={t('checkIn.kiosk.unlock')}
        onClose={() => setUnlocking(false)}
        onPin={(entered) => {
          if (entered !== pin) return false;
          onUnlock();
          return true;
        }}
      />
    </Box>
  );
}
