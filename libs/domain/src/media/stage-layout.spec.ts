import type { MediaProducer, MediaSource } from '@hadir/contracts';
import { qualityBars, type ReceivedTrack, stageLayout } from './stage-layout';

let next = 0;
function track(peerId: string, source: MediaSource, score: number | null = null): ReceivedTrack {
  next += 1;
  const producer: MediaProducer = {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    peerId,
    personId: `person-${peerId}`,
    name: `Name ${peerId}`,
    roomDevice: false,
    kind: source === 'microphone' ? 'audio' : 'video',
    source,
    paused: false,
  };
  return { producer, score };
}

describe(stageLayout.name, () => {
  it('should group tracks by person and put the active speaker first', () => {
    const remote = [track('a', 'camera'), track('b', 'camera'), track('b', 'microphone')];
    const { tiles, screen } = stageLayout(remote, 'b');
    expect(tiles.map((tile) => tile.peerId)).toEqual(['b', 'a']);
    expect(Object.keys(tiles[0]?.tracks ?? {}).sort()).toEqual(['camera', 'microphone']);
    expect(screen).toBeNull();
  });

  it('should pull a shared screen out for the large view', () => {
    const shared = track('a', 'screen');
    const { screen } = stageLayout([track('a', 'camera'), shared], null);
    expect(screen?.track).toBe(shared);
    expect(screen?.tile.peerId).toBe('a');
  });
});

describe(qualityBars.name, () => {
  it('should show the worst stream of a tile, and nothing before the first score', () => {
    const tile = stageLayout([track('a', 'camera', 10), track('a', 'microphone', 6)], null)
      .tiles[0];
    expect(tile && qualityBars(tile)).toBe(2);
    const unknown = stageLayout([track('b', 'camera')], null).tiles[0];
    expect(unknown && qualityBars(unknown)).toBeNull();
  });
});
