import { type MediaSource } from '@hadir/contracts';
import { qualityBars, type StageTile } from '@hadir/domain';
import { ActionIcon, Tooltip } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type MediaSession, type RemoteTrack } from '../lib/mediaSession';
import classes from './MediaTile.module.css';

/** A video element fed one track; null shows the person's initial instead. */
export function TrackVideo({
  track,
  mirrored = false,
}: {
  track: MediaStreamTrack | null;
  mirrored?: boolean;
}) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.srcObject = track ? new MediaStream([track]) : null;
  }, [track]);
  if (!track) return null;
  return (
    <video
      ref={ref}
      className={`${classes.video} ${mirrored ? classes.mirrored : ''}`}
      autoPlay
      playsInline
      muted
    />
  );
}

/** Tells the media session whether a tile is on screen and how wide it is drawn. */
function useTileWatch(media: MediaSession, consumerId: string | null) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || !consumerId) return;
    const visibility = new IntersectionObserver(([entry]) =>
      media.setVisible(consumerId, entry?.isIntersecting ?? false),
    );
    let width = 0;
    const size = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (Math.abs(next - width) > 40) {
        width = next;
        media.setTileWidth(consumerId, next);
      }
    });
    visibility.observe(element);
    size.observe(element);
    return () => {
      visibility.disconnect();
      size.disconnect();
      media.setVisible(consumerId, false);
    };
  }, [media, consumerId]);
  return ref;
}

function QualityBars({ bars }: { bars: number | null }) {
  const { t } = useTranslation();
  if (bars === null) return null;
  return (
    <span
      className={classes.bars}
      data-bars={bars}
      data-testid="tile-quality"
      role="img"
      aria-label={t('media.quality', { bars })}
    >
      {[1, 2, 3].map((level) => (
        <span
          key={level}
          className={classes.bar}
          style={{ height: `${level * 4}px` }}
          data-on={level <= bars}
        />
      ))}
    </span>
  );
}

/** One person or room device: their camera (or screen), name, sound and connection. */
export function MediaTile({
  media,
  tile,
  source,
  speaking,
  audioOnly,
  onMute,
}: {
  media: MediaSession;
  tile: StageTile<RemoteTrack>;
  source: Extract<MediaSource, 'camera' | 'screen'>;
  speaking: boolean;
  audioOnly: boolean;
  onMute?: (producerId: string) => void;
}) {
  const { t } = useTranslation();
  const video = tile.tracks[source];
  const microphone = tile.tracks.microphone;
  const showVideo = !audioOnly && video && !video.producer.paused;
  const ref = useTileWatch(media, showVideo ? (video.consumerId ?? null) : null);
  const micOff = !microphone || microphone.producer.paused;
  return (
    <div
      ref={ref}
      className={`${classes.tile} ${speaking ? classes.speaking : ''} ${source === 'screen' ? classes.screen : ''}`}
      data-testid="media-tile"
      data-peer={tile.peerId}
      data-source={source}
      data-speaking={speaking}
    >
      {showVideo ? (
        <TrackVideo track={video.track} />
      ) : (
        <div className={classes.placeholder} aria-hidden>
          {tile.name.slice(0, 1).toUpperCase()}
        </div>
      )}
      <div className={classes.caption}>
        <span className={classes.name}>
          {source === 'screen' ? t('media.screenOf', { name: tile.name }) : tile.name}
          {tile.roomDevice && ` · ${t('media.roomDevice')}`}
        </span>
        {source === 'camera' && micOff && (
          <span role="img" aria-label={t('media.micOff')} data-testid="tile-mic-off">
            🔇
          </span>
        )}
        <QualityBars bars={qualityBars(tile)} />
        {onMute && microphone && !microphone.producer.paused && (
          <Tooltip label={t('media.muteName', { name: tile.name })}>
            <ActionIcon
              size="sm"
              variant="filled"
              color="dark"
              aria-label={t('media.muteName', { name: tile.name })}
              onClick={() => onMute(microphone.producer.id)}
            >
              🎙
            </ActionIcon>
          </Tooltip>
        )}
      </div>
    </div>
  );
}
