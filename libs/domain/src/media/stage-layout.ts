import type { MediaProducer, MediaSource } from '@hadir/contracts';

/** What a viewer receives of one producer; `score` is mediasoup's 0-10, null until reported. */
export interface ReceivedTrack {
  producer: MediaProducer;
  score: number | null;
}

/** One person (or room device) on the stage, with what they send. */
export interface StageTile<T extends ReceivedTrack = ReceivedTrack> {
  peerId: string;
  name: string;
  roomDevice: boolean;
  tracks: Partial<Record<MediaSource, T>>;
}

/** 0 to 3 bars from mediasoup's scores (0-10) of what reaches this viewer. */
export function qualityBars(tile: StageTile): number | null {
  const scores = Object.values(tile.tracks)
    .map((track) => track.score)
    .filter((score): score is number => score !== null);
  if (scores.length === 0) return null;
  const worst = Math.min(...scores);
  return worst >= 8 ? 3 : worst >= 5 ? 2 : worst >= 1 ? 1 : 0;
}

/**
 * People by peer, the active speaker first and everyone else in the order they started sending;
 * a shared screen is pulled out to be shown large.
 */
export function stageLayout<T extends ReceivedTrack>(
  remote: T[],
  activeSpeakerPeerId: string | null,
): { screen: { tile: StageTile<T>; track: T } | null; tiles: StageTile<T>[] } {
  const byPeer = new Map<string, StageTile<T>>();
  let screen: { tile: StageTile<T>; track: T } | null = null;
  for (const track of remote) {
    const { peerId, name, roomDevice, source } = track.producer;
    const tile: StageTile<T> = byPeer.get(peerId) ?? { peerId, name, roomDevice, tracks: {} };
    tile.tracks[source] = track;
    byPeer.set(peerId, tile);
    if (source === 'screen' && screen === null) screen = { tile, track };
  }
  const tiles = [...byPeer.values()];
  const speaker = tiles.findIndex((tile) => tile.peerId === activeSpeakerPeerId);
  if (speaker > 0) tiles.unshift(...tiles.splice(speaker, 1));
  return { screen, tiles };
}
