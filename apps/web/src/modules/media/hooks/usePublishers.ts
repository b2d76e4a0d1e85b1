import {
  type MediaProducer,
  type MediaPublishers,
  type ProducerRef,
  type ProducerState,
} from '@hadir/contracts';
import { useCallback, useEffect, useState } from 'react';
import { ACK_TIMEOUT_MS, request } from '../../live/api/liveRequest';
import { useMediaSocket } from './useMediaSocket';

/**
 * What a session publishes now, followed live, for staff who do not join its media (the
 * console): on the node that holds the session's media, through the same route a media socket
 * takes, and with the way to mute a track.
 */
export function usePublishers(spaceId: string) {
  const { socket, own, ready } = useMediaSocket(spaceId);
  const [producers, setProducers] = useState<MediaProducer[]>([]);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!ready) return;
    let current = true;
    const watch = () =>
      request<MediaPublishers>((cb) =>
        socket.timeout(ACK_TIMEOUT_MS).emit('media:publishers.watch', { spaceId }, cb),
      ).then(
        (watched) => {
          if (!current) return;
          setProducers(watched.producers);
          setError(null);
        },
        (thrown: unknown) => current && setError(thrown),
      );
    const added = ({ spaceId: of, ...producer }: MediaProducer & { spaceId: string }) => {
      if (of !== spaceId) return;
      setProducers((list) => [...list.filter((p) => p.id !== producer.id), producer]);
    };
    const removed = ({ producerId }: ProducerRef) =>
      setProducers((list) => list.filter((p) => p.id !== producerId));
    const changed = ({ producerId, paused }: ProducerState) =>
      setProducers((list) => list.map((p) => (p.id === producerId ? { ...p, paused } : p)));
    socket.on('connect', watch);
    socket.on('media:producer.added', added);
    socket.on('media:producer.removed', removed);
    socket.on('media:producer.state', changed);
    socket.on('media:reset', watch);
    if (own) socket.connect();
    else if (socket.connected) void watch();
    return () => {
      current = false;
      socket.off('connect', watch);
      socket.off('media:producer.added', added);
      socket.off('media:producer.removed', removed);
      socket.off('media:producer.state', changed);
      socket.off('media:reset', watch);
      if (own) socket.disconnect();
      else socket.timeout(ACK_TIMEOUT_MS).emit('media:leave', { spaceId }, () => undefined);
    };
  }, [socket, own, spaceId, ready]);

  const mute = useCallback(
    (producerId: string) =>
      request<ProducerState>((cb) =>
        socket.timeout(ACK_TIMEOUT_MS).emit('media:mute', { spaceId, producerId }, cb),
      ).then((state) =>
        setProducers((list) =>
          list.map((p) => (p.id === state.producerId ? { ...p, paused: state.paused } : p)),
        ),
      ),
    [socket, spaceId],
  );

  return { producers, mute, error };
}
