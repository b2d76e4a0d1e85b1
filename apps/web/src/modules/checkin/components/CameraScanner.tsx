import { Alert, Box, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createQrDetector } from '../lib/barcodeDetector';

/** Often enough that a badge held up is read at once, rarely enough to leave a phone cool. */
const DETECT_EVERY_MS = 150;

type CameraProblem = 'denied' | 'missing' | 'insecure' | 'failed';

export interface CameraScannerProps {
  /** While paused (a result is on screen), codes are not reported. */
  paused: boolean;
  onCode: (code: string) => void;
}

/** The camera's picture with a QR reader behind it. */
export function CameraScanner({ paused, onCode }: CameraScannerProps) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const [running, setRunning] = useState(false);
  const pausedRef = useRef(paused);
  const onCodeRef = useRef(onCode);
  // The detection loop lives as long as the camera; it reads the latest props through refs.
  useEffect(() => {
    pausedRef.current = paused;
    onCodeRef.current = onCode;
  }, [paused, onCode]);

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | undefined;
    let timer: number | undefined;

    const start = async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        setProblem('insecure');
        return;
      }
      try {
        const [detector, media] = await Promise.all([
          createQrDetector(),
          navigator.mediaDevices.getUserMedia({
            video: { facingMode: { ideal: 'environment' } },
            audio: false,
          }),
        ]);
        stream = media;
        if (stopped || !video.current) return;
        video.current.srcObject = media;
        await video.current.play();
        setRunning(true);
        const detect = async () => {
          const element = video.current;
          if (stopped || !element) return;
          if (!pausedRef.current && element.readyState >= element.HAVE_CURRENT_DATA) {
            const [found] = await detector.detect(element).catch(() => []);
            if (found?.rawValue && !stopped && !pausedRef.current)
              onCodeRef.current(found.rawValue);
          }
          timer = window.setTimeout(() => void detect(), DETECT_EVERY_MS);
        };
        void detect();
      } catch (thrown) {
        if (stopped) return;
        const name = thrown instanceof DOMException ? thrown.name : '';
        setProblem(
          name === 'NotAllowedError' || name === 'SecurityError'
            ? 'denied'
            : name === 'NotFoundError' || name === 'OverconstrainedError'
              ? 'missing'
              : 'failed',
        );
      }
    };
    void start();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);

  if (problem) {
    return (
      <Alert color="orange" variant="light" data-testid="camera-problem" data-problem={problem}>
        {t(`checkIn.camera.${problem}`)}
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      <Box pos="relative" bg="dark.8" style={{ borderRadius: 12, overflow: 'hidden' }}>
        <video
          ref={video}
          muted
          playsInline
          data-testid="camera-video"
          style={{ display: 'block', width: '100%', aspectRatio: '4 / 3', objectFit: 'cover' }}
        />
        {!running && (
          <Stack pos="absolute" inset={0} align="center" justify="center">
            <Loader color="gray" />
          </Stack>
        )}
      </Box>
      <Text size="sm" c="dimmed" ta="center">
        {running ? t('checkIn.camera.aim') : t('checkIn.camera.starting')}
      </Text>
    </Stack>
  );
}
