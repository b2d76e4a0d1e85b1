import { type CheckInDirection } from '@hadir/contracts';
import { dateInZone } from '@hadir/domain';
import {
  Alert,
  Anchor,
  Box,
  Button,
  Container,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CameraScanner } from '../modules/checkin/components/CameraScanner';
import { CheckInCountsPanel } from '../modules/checkin/components/CheckInCountsPanel';
import { DoorResult } from '../modules/checkin/components/DoorResult';
import { KioskPinModal } from '../modules/checkin/components/KioskPinModal';
import { KioskScreen } from '../modules/checkin/components/KioskScreen';
import { PersonSearch } from '../modules/checkin/components/PersonSearch';
import { RecentScans } from '../modules/checkin/components/RecentScans';
import { ScopeSelect } from '../modules/checkin/components/ScopeSelect';
import { UploadStatus } from '../modules/checkin/components/UploadStatus';
import { type DoorScope, useDoorFlow } from '../modules/checkin/hooks/useDoorFlow';
import { useDoorQueue } from '../modules/checkin/hooks/useDoorQueue';
import { lockKiosk, readKioskPin, unlockKiosk } from '../modules/checkin/lib/kioskLock';
import { clockTime } from '../modules/checkin/lib/doorWords';
import {
  DEVICE_LABEL_MAX,
  readDeviceLabel,
  scannerDeviceId,
  writeDeviceLabel,
} from '../modules/checkin/lib/scannerDevice';
import { useEventAgenda } from '../modules/events/hooks/useEventAgenda';
import { ConnectionStatusBadge } from '../modules/live/components/ConnectionStatusBadge';
import { useConnectionStatus } from '../modules/live/hooks/useConnectionStatus';
import { useHasEventRole } from '../modules/auth/hooks/useHasEventRole';
import { useErrorMessage } from '../shared/api/useErrorMessage';
import { PageLoader } from '../shared/components/PageLoader';

const DOOR_ROLES = ['organiser', 'facilitator'] as const;

/**
 * The facilitator's phone at the door. It works from what the device holds, so that a dropped
 * network (or no network at all since the last reload) does not stop the queue.
 */
export function CheckInPage() {
  const { eventId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const allowed = useHasEventRole(eventId, DOOR_ROLES);
  const agenda = useEventAgenda(eventId);
  const online = useConnectionStatus().status === 'connected';
  const [savedLabel, setSavedLabel] = useState(() =>
    readDeviceLabel(t('checkIn.device.defaultName')),
  );
  const [label, setLabel] = useState(savedLabel);
  const deviceId = useMemo(() => scannerDeviceId(savedLabel), [savedLabel]);
  const { queue, state, failure } = useDoorQueue(eventId, deviceId);
  const [scope, setScope] = useState<DoorScope>({});
  const [direction, setDirection] = useState<CheckInDirection>('in');
  const [mode, setMode] = useState<'camera' | 'search'>('camera');
  const [kioskPin, setKioskPin] = useState(() => readKioskPin(eventId));
  const [lockOpen, setLockOpen] = useState(false);
  const flow = useDoorFlow(queue, scope, direction);
  const kioskFlow = useDoorFlow(queue, scope, 'in');

  if (allowed === false) {
    return (
      <Container size="sm" py="xl">
        <Alert color="orange" variant="light" data-testid="checkin-refused">
          <Stack gap="xs" align="flex-start">
            {t('checkIn.refused')}
            <Anchor component={Link} to={`/events/${eventId}`}>
              {t('manage.backToEvent')}
            </Anchor>
          </Stack>
        </Alert>
      </Container>
    );
  }
  if (failure) {
    return (
      <Container size="sm" py="xl">
        <Alert color="red" variant="light">
          {t('checkIn.storageFailed', { message: errorMessage(failure) })}
        </Alert>
      </Container>
    );
  }
  // Offline, who the person is cannot be asked; a roster on the device shows they were allowed.
  if (!state.loaded || (allowed === undefined && !state.roster)) return <PageLoader />;

  const title = agenda.data?.event.title ?? t('checkIn.title');
  const day = state.roster && dateInZone(new Date(), state.roster.timezone);

  if (kioskPin !== null) {
    return (
      <KioskScreen
        title={title}
        pin={kioskPin}
        flow={kioskFlow}
        onUnlock={() => {
          unlockKiosk();
          setKioskPin(null);
        }}
      />
    );
  }

  return (
    <Container size="sm" py="md" pb="xl">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={1} size="h3">
              {t('checkIn.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {title}
            </Text>
          </div>
          <Box style={{ flexShrink: 0 }}>
            <ConnectionStatusBadge />
          </Box>
        </Group>
        <UploadStatus state={state} online={online} onUpload={() => void queue?.upload()} />
        {state.corrections.length > 0 && (
          <Alert
            color="orange"
            title={t('checkIn.corrections.title')}
            withCloseButton
            onClose={() => queue?.dismissCorrections()}
            data-testid="checkin-corrections"
          >
            <Stack gap={4}>
              {state.corrections.map((entry) => (
                <Text key={entry.id} size="sm">
                  {t('checkIn.corrections.item', {
                    name: entry.person?.name ?? '?',
                    status: t(`checkIn.status.${entry.status}`),
                    time: entry.first ? clockTime(entry.first.scannedAt, i18n.language) : '',
                    device: entry.first?.deviceId ?? '',
                  })}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        {flow.failure !== null && (
          <Alert color="red" variant="light" role="alert" data-testid="checkin-error">
            {errorMessage(flow.failure)}
          </Alert>
        )}
        {agenda.data && day && (
          <ScopeSelect
            sessions={agenda.data.sessions}
            timezone={agenda.data.event.timezone}
            day={day}
            value={scope}
            onChange={setScope}
          />
        )}
        <SegmentedControl
          fullWidth
          color={direction === 'in' ? 'green' : 'blue'}
          value={direction}
          onChange={(value) => setDirection(value === 'out' ? 'out' : 'in')}
          data={[
            { value: 'in', label: t('checkIn.direction.in') },
            { value: 'out', label: t('checkIn.direction.out') },
          ]}
          data-testid="checkin-direction"
        />
        <SegmentedControl
          fullWidth
          size="md"
          value={mode}
          onChange={(value) => setMode(value === 'search' ? 'search' : 'camera')}
          data={[
            { value: 'camera', label: t('checkIn.modes.camera') },
            { value: 'search', label: t('checkIn.modes.search') },
          ]}
        />
        {mode === 'camera' ? (
          <CameraScanner
            paused={flow.shown !== null}
            onCode={(code) => flow.scanCode('scan', code)}
          />
        ) : (
          <PersonSearch
            roster={state.roster}
            disabled={flow.shown !== null}
            onCheckIn={flow.checkInPerson}
          />
        )}
        {online && <CheckInCountsPanel eventId={eventId} compact />}
        <RecentScans
          entries={state.entries}
          online={online}
          onUndo={(entry, reason) => queue?.undo(entry, reason) ?? Promise.resolve()}
        />
        <Stack gap="xs">
          <TextInput
            label={t('checkIn.device.label')}
            description={t('checkIn.device.hint')}
            value={label}
            maxLength={DEVICE_LABEL_MAX}
            onChange={(event) => setLabel(event.currentTarget.value)}
            onBlur={() => {
              if (!label.trim() || label.trim() === savedLabel) return;
              writeDeviceLabel(label);
              setSavedLabel(label.trim());
            }}
          />
          <Group justify="space-between">
            <Button variant="light" onClick={() => setLockOpen(true)} data-testid="kiosk-start">
              {t('checkIn.kiosk.start')}
            </Button>
            {!queue && <Loader size="sm" />}
          </Group>
        </Stack>
      </Stack>
      {flow.shown && <DoorResult entry={flow.shown} onDismiss={flow.dismiss} />}
      <KioskPinModal
        opened={lockOpen}
        title={t('checkIn.kiosk.lockTitle')}
        confirmLabel={t('checkIn.kiosk.lock')}
        onClose={() => setLockOpen(false)}
        onPin={(pin) => {
          lockKiosk(eventId, pin);
          setKioskPin(pin);
          return true;
        }}
      />
    </Container>
  );
}
