import { stageLayout } from '@hadir/domain';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type MediaSession, type MediaSnapshot } from '../lib/mediaSession';
import { MediaTile, TrackVideo } from './MediaTile';
import classes from './MediaTile.module.css';

/**
 * What the viewer sees: a shared screen large with everyone in a strip below it, or else a grid
 * led by whoever speaks. On a projector (`featured`) the one leading fills the screen whatever
 * the number of people.
 */
export function MediaStage({
  media,
  snapshot,
  audioOnly,
  featured = false,
}: {
  media: MediaSession;
  snapshot: MediaSnapshot;
  audioOnly: boolean;
  featured?: boolean;
}) {
  const { t } = useTranslation();
  const { screen, tiles } = stageLayout(snapshot.remote, snapshot.activeSpeakerPeerId);
  const onMute = snapshot.staff ? (producerId: string) => void media.mute(producerId) : undefined;
  const self = snapshot.local.camera ?? snapshot.local.screen;
  const cameraTiles = tiles.filter((tile) => tile.tracks.camera || tile.tracks.microphone);

  if (tiles.length === 0 && !self) {
    return (
      <Text c="dimmed" size="sm" data-testid="media-empty">
        {t('media.nobodyOnStage')}
      </Text>
    );
  }
  const selfTile = self && (
    <div className={classes.tile} data-testid="media-self">
      <TrackVideo track={self.track} mirrored={self.source === 'camera'} />
      <div className={classes.caption}>
        <span className={classes.name}>{t('media.you')}</span>
      </div>
    </div>
  );
  const peopleTiles = cameraTiles.map((tile) => (
    <MediaTile
      key={tile.peerId}
      media={media}
      tile={tile}
      source="camera"
      speaking={tile.peerId === snapshot.activeSpeakerPeerId}
      audioOnly={audioOnly}
      onMute={onMute}
    />
  ));

  if (screen) {
    return (
      <div data-testid="media-stage" data-layout="screen">
        <MediaTile
          media={media}
          tile={screen.tile}
          source="screen"
          speaking={false}
          audioOnly={audioOnly}
        />
        <div className={classes.strip} style={{ marginTop: 8 }}>
          {peopleTiles}
          {selfTile}
        </div>
      </div>
    );
  }
  return (
    <div data-testid="media-stage" data-layout="grid" className={classes.grid}>
      {peopleTiles.map((tile, index) =>
        index === 0 && (featured || peopleTiles.length > 2) ? (
          <div key="featured" className={featured ? classes.projected : classes.featured}>
            {tile}
          </div>
        ) : (
          tile
        ),
      )}
      {selfTile}
    </div>
  );
}
