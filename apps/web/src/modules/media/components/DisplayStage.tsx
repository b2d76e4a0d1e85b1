import { Button, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMediaSession } from '../hooks/useMediaSession';
import { MediaStage } from './MediaStage';
import { RemoteAudio } from './RemoteAudio';

/**
 * The stage on the hall's projector: remote speakers seen and heard in the room. Room devices
 * are left out: they carry the hall's own camera and microphones, and the hall would hear itself.
 */
export function DisplayStage({ spaceId, personId }: { spaceId: string; personId?: string }) {
  const { t } = useTranslation();
  const { media, snapshot, ready } = useMediaSession(spaceId, personId);
  if (snapshot.status === 'idle') {
    return (
      <Button
        variant="light"
        size="lg"
        disabled={!ready}
        onClick={() => void media.join()}
        data-testid="display-stage-join"
      >
        {t('display.showStage')}
      </Button>
    );
  }
  return (
    <Paper withBorder p="md" radius="md" data-testid="display-stage" data-status={snapshot.status}>
      <MediaStage
        media={media}
        snapshot={{ ...snapshot, staff: false }}
        audioOnly={false}
        featured
      />
      <RemoteAudio remote={snapshot.remote.filter((remote) => !remote.producer.roomDevice)} />
    </Paper>
  );
}
