import { type AttendanceMode, type MediaSource } from '@hadir/contracts';
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { useMediaSession } from '../hooks/useMediaSession';
import {
  type DeviceProblem,
  deviceProblem,
  openCamera,
  openMicrophone,
  openScreen,
} from '../lib/localMedia';
import { MediaUnreachableError } from '../lib/mediaSession';
import { type DeviceChoice, DevicePicker } from './DevicePicker';
import { MediaStage } from './MediaStage';
import { RemoteAudio } from './RemoteAudio';

const DEVICES_KEY = 'hadir.media.devices';

function savedChoice(): DeviceChoice {
  try {
    const saved = JSON.parse(localStorage.getItem(DEVICES_KEY) ?? '{}') as Partial<DeviceChoice>;
    return { cameraId: saved.cameraId ?? null, microphoneId: saved.microphoneId ?? null };
  } catch {
    return { cameraId: null, microphoneId: null };
  }
}

/** The session's audio and video: watch, and for those on stage, speak and show. */
export function MediaPanel({
  spaceId,
  personId,
  mode,
  staff,
  autoJoin = false,
  deviceLabel: suggestedLabel = '',
  title,
}: {
  /** A session's id, or a breakout room's for the room's own media. */
  spaceId: string;
  personId: string | undefined;
  mode: AttendanceMode | undefined;
  staff: boolean;
  /** Join as soon as possible: people moved into a breakout room are connected there. */
  autoJoin?: boolean;
  /** What a room device here would be called, e.g. a hybrid table's label. */
  deviceLabel?: string;
  title?: string;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { media, snapshot, ready } = useMediaSession(spaceId, personId);
  const [problem, setProblem] = useState<{ source: MediaSource; kind: DeviceProblem } | null>(null);
  const [choice, setChoice] = useState(savedChoice);
  const [picking, setPicking] = useState(false);
  const [audioOnly, setAudioOnly] = useState(false);
  const [deviceLabel, setDeviceLabel] = useState(suggestedLabel);
  const joinedOnce = useRef(false);
  const [actionError, setActionError] = useState<string | null>(null);

  const { status, local, canPublish } = snapshot;

  useEffect(() => {
    if (!autoJoin || !ready || status !== 'idle' || joinedOnce.current) return;
    joinedOnce.current = true;
    void media.join();
  }, [autoJoin, ready, status, media]);
  const invited = snapshot.invited.some((person) => person.personId === personId);

  const attempt = (action: () => Promise<void>) => {
    setActionError(null);
    action().catch((thrown: unknown) => setActionError(errorMessage(thrown)));
  };
  const open = async (source: MediaSource): Promise<MediaStreamTrack | null> => {
    try {
      const track =
        source === 'camera'
          ? await openCamera(choice.cameraId)
          : source === 'microphone'
            ? await openMicrophone(choice.microphoneId)
            : await openScreen();
      setProblem(null);
      return track;
    } catch (error) {
      setProblem({ source, kind: deviceProblem(error) });
      return null;
    }
  };
  const toggleMicrophone = () =>
    attempt(async () => {
      if (local.microphone) return media.setPaused('microphone', !local.microphone.paused);
      const track = await open('microphone');
      if (track) await media.publish('microphone', track);
    });
  const toggleCamera = () =>
    attempt(async () => {
      if (local.camera) return media.unpublish('camera');
      const track = await open('camera');
      if (track) await media.publish('camera', track);
      // Without a camera, people can still be heard: the microphone goes on instead.
      else if (!local.microphone) {
        const microphone = await openMicrophone(choice.microphoneId).catch(() => null);
        if (microphone) await media.publish('microphone', microphone);
      }
    });
  const toggleScreen = () =>
    attempt(async () => {
      if (local.screen) return media.unpublish('screen');
      const track = await open('screen');
      if (track) await media.publish('screen', track);
    });
  const chooseDevices = (next: DeviceChoice) => {
    setPicking(false);
    setChoice(next);
    localStorage.setItem(DEVICES_KEY, JSON.stringify(next));
    attempt(async () => {
      if (local.camera) {
        const track = await open('camera');
        if (track) await media.publish('camera', track);
      }
      if (local.microphone) {
        const track = await open('microphone');
        if (track) await media.publish('microphone', track);
      }
    });
  };

  return (
    <Paper withBorder p="md" data-testid="media-panel" data-status={status}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {title ?? t('media.title')}
          </Title>
          {status === 'joined' && (
            <Badge color="green" variant="dot">
              {snapshot.roomDevice
                ? t('media.asDevice', { label: snapshot.roomDevice })
                : t('media.live')}
            </Badge>
          )}
          {(status === 'joining' || status === 'reconnecting') && (
            <Group gap={6} data-testid="media-connecting">
              <Loader size="xs" />
              <Text size="sm">
                {status === 'joining' ? t('media.joining') : t('media.reconnecting')}
              </Text>
            </Group>
          )}
        </Group>

        {status === 'idle' && (
          <Stack gap="xs" align="flex-start">
            <Text size="sm" c="dimmed">
              {mode === 'in_person' ? t('media.inPersonHint') : t('media.remoteHint')}
            </Text>
            <Button onClick={() => void media.join()} disabled={!ready} data-testid="media-join">
              {t('media.join')}
            </Button>
            {staff && (
              <Group align="flex-end" gap="xs">
                <TextInput
                  label={t('media.deviceLabel')}
                  description={t('media.deviceHint')}
                  placeholder={t('media.devicePlaceholder')}
                  value={deviceLabel}
                  onChange={(event) => setDeviceLabel(event.currentTarget.value)}
                  maxLength={60}
                  data-testid="room-device-label"
                />
                <Button
                  variant="light"
                  disabled={!ready || deviceLabel.trim() === ''}
                  onClick={() => void media.join(deviceLabel.trim())}
                  data-testid="room-device-join"
                >
                  {t('media.joinAsDevice')}
                </Button>
              </Group>
            )}
          </Stack>
        )}

        {status === 'failed' && (
          <Alert
            color="red"
            variant="light"
            data-testid="media-failed"
            title={
              snapshot.error instanceof MediaUnreachableError
                ? t('media.unreachable.title')
                : undefined
            }
          >
            <Stack gap="xs" align="flex-start">
              {snapshot.error instanceof MediaUnreachableError ? (
                <>
                  <Text size="sm">{t('media.unreachable.why')}</Text>
                  <Text size="sm" data-testid="media-unreachable">
                    {snapshot.error.relayOffered
                      ? t('media.unreachable.tryRelayed')
                      : t('media.unreachable.tryNoRelay')}
                  </Text>
                </>
              ) : (
                t('media.failed', { reason: errorMessage(snapshot.error) })
              )}
              <Button size="xs" onClick={() => void media.join(snapshot.roomDevice)}>
                {t('media.retry')}
              </Button>
            </Stack>
          </Alert>
        )}

        {invited && status === 'joined' && (
          <Alert color="blue" variant="light" data-testid="stage-invited">
            {t('media.invited')}
          </Alert>
        )}

        {(status === 'joined' || status === 'reconnecting') && (
          <MediaStage media={media} snapshot={snapshot} audioOnly={audioOnly} />
        )}

        {problem && (
          <Alert
            color="orange"
            variant="light"
            data-testid="device-problem"
            data-problem={problem.kind}
          >
            {t(`media.problem.${problem.kind}`, { device: t(`media.source.${problem.source}`) })}
            {problem.source === 'camera' &&
              problem.kind !== 'denied' &&
              ` ${t('media.audioFallback')}`}
          </Alert>
        )}
        {actionError && (
          <Text c="red" size="sm" role="alert">
            {actionError}
          </Text>
        )}

        {status === 'joined' && (
          <Group gap="xs">
            {canPublish ? (
              <>
                <Button
                  variant={local.microphone && !local.microphone.paused ? 'filled' : 'default'}
                  onClick={toggleMicrophone}
                  data-testid="media-mic"
                  data-on={Boolean(local.microphone && !local.microphone.paused)}
                >
                  {local.microphone && !local.microphone.paused
                    ? t('media.mute')
                    : t('media.unmute')}
                </Button>
                <Button
                  variant={local.camera ? 'filled' : 'default'}
                  onClick={toggleCamera}
                  data-testid="media-camera"
                  data-on={Boolean(local.camera)}
                >
                  {local.camera ? t('media.cameraOff') : t('media.cameraOn')}
                </Button>
                <Button
                  variant={local.screen ? 'filled' : 'default'}
                  onClick={toggleScreen}
                  data-testid="media-screen"
                  data-on={Boolean(local.screen)}
                >
                  {local.screen ? t('media.stopSharing') : t('media.share')}
                </Button>
                <Button
                  variant="subtle"
                  onClick={() => setPicking(true)}
                  data-testid="media-devices"
                >
                  {t('media.devices')}
                </Button>
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {t('media.watching')}
              </Text>
            )}
            <Switch
              label={t('media.audioOnly')}
              checked={audioOnly}
              onChange={(event) => setAudioOnly(event.currentTarget.checked)}
              data-testid="media-audio-only"
            />
            <Button
              variant="light"
              color="red"
              onClick={() => media.leave()}
              data-testid="media-leave"
            >
              {t('media.leave')}
            </Button>
          </Group>
        )}
        {local.microphone?.mutedBy && (
          <Text size="sm" c="orange" data-testid="muted-by">
            {t('media.mutedBy', { name: local.microphone.mutedBy })}
          </Text>
        )}
      </Stack>
      <RemoteAudio remote={snapshot.remote} />
      {picking && (
        <DevicePicker choice={choice} onClose={() => setPicking(false)} onChoose={chooseDevices} />
      )}
    </Paper>
  );
}
