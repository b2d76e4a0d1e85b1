import { Button, Group, Modal, PinInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export const KIOSK_PIN_LENGTH = 4;

export interface KioskPinModalProps {
  opened: boolean;
  title: string;
  confirmLabel: string;
  /** Returns false when the PIN is refused. */
  onPin: (pin: string) => boolean;
  onClose: () => void;
}

/** Asks for the kiosk's PIN, to set it when locking and to check it when unlocking. */
export function KioskPinModal({ opened, title, confirmLabel, onPin, onClose }: KioskPinModalProps) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [refused, setRefused] = useState(false);

  const close = () => {
    setPin('');
    setRefused(false);
    onClose();
  };
  const submit = () => {
    if (pin.length !== KIOSK_PIN_LENGTH) return;
    if (onPin(pin)) close();
    else {
      setRefused(true);
      setPin('');
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <Stack align="center">
        <Text size="sm" c="dimmed">
          {t('checkIn.kiosk.pinHint', { length: KIOSK_PIN_LENGTH })}
        </Text>
        <PinInput
          length={KIOSK_PIN_LENGTH}
          type="number"
          mask
          value={pin}
          onChange={setPin}
          error={refused}
          oneTimeCode={false}
          aria-label={t('checkIn.kiosk.pinLabel')}
          data-testid="kiosk-pin"
        />
        {refused && (
          <Text c="red" size="sm" role="alert">
            {t('checkIn.kiosk.wrongPin')}
          </Text>
        )}
        <Group justify="flex-end" w="100%">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} disabled={pin.length !== KIOSK_PIN_LENGTH}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
