import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DeviceChoices, listDevices, openCamera } from '../lib/localMedia';
import { TrackVideo } from './MediaTile';
import classes from './MediaTile.module.css';

export interface DeviceChoice {
  cameraId: string | null;
  microphoneId: string | null;
}

/** Camera and microphone to use, with a live preview of the camera chosen. Mounted while open. */
export function DevicePicker({
  choice,
  onClose,
  onChoose,
}: {
  choice: DeviceChoice;
  onClose: () => void;
  onChoose: (choice: DeviceChoice) => void;
}) {
  const { t } = useTranslation();
  const [devices, setDevices] = useState<DeviceChoices>({ cameras: [], microphones: [] });
  const [draft, setDraft] = useState(choice);
  const [preview, setPreview] = useState<MediaStreamTrack | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    void listDevices().then(setDevices, () => setFailed(true));
  }, []);

  useEffect(() => {
    let track: MediaStreamTrack | null = null;
    let current = true;
    openCamera(draft.cameraId).then(
      (opened) => {
        track = opened;
        if (current) {
          setPreview(opened);
          setFailed(false);
          // Labels appear once a device was allowed.
          void listDevices().then(setDevices);
        } else opened.stop();
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
      track?.stop();
    };
  }, [draft.cameraId]);

  const options = (list: MediaDeviceInfo[], fallback: string) =>
    list.map((device, index) => ({
      value: device.deviceId,
      label: device.label || `${fallback} ${index + 1}`,
    }));
  return (
    <Modal opened onClose={onClose} title={t('media.devicesTitle')}>
      <Stack>
        <div className={classes.tile} data-testid="device-preview">
          <TrackVideo track={preview} mirrored />
        </div>
        {failed && (
          <Text c="orange" size="sm">
            {t('media.previewFailed')}
          </Text>
        )}
        <Select
          label={t('media.camera')}
          data={options(devices.cameras, t('media.camera'))}
          value={draft.cameraId}
          onChange={(cameraId) => setDraft((d) => ({ ...d, cameraId }))}
          placeholder={t('media.defaultDevice')}
          clearable
        />
        <Select
          label={t('media.microphone')}
          data={options(devices.microphones, t('media.microphone'))}
          value={draft.microphoneId}
          onChange={(microphoneId) => setDraft((d) => ({ ...d, microphoneId }))}
          placeholder={t('media.defaultDevice')}
          clearable
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('media.cancel')}
          </Button>
          <Button onClick={() => onChoose(draft)} data-testid="devices-save">
            {t('media.useDevices')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
