import { useEffect, useRef } from 'react';
import { type RemoteTrack } from '../lib/mediaSession';

function AudioTrack({ track }: { track: MediaStreamTrack }) {
  const ref = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.srcObject = new MediaStream([track]);
  }, [track]);
  return <audio ref={ref} autoPlay data-testid="remote-audio" />;
}

/** Everyone's sound, whichever tiles are on screen. */
export function RemoteAudio({ remote }: { remote: RemoteTrack[] }) {
  return (
    <>
      {remote.map(({ producer, track }) =>
        producer.kind === 'audio' && track ? <AudioTrack key={producer.id} track={track} /> : null,
      )}
    </>
  );
}
