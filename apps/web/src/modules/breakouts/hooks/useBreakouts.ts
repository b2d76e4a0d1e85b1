import {
  type AutoAssignBreakout,
  type BreakoutBroadcast,
  type BreakoutSet,
  type BreakoutState,
  type PresenceCounts,
  type SaveBreakoutSet,
} from '@hadir/contracts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { newId } from '../../../shared/lib/newId';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { ACK_TIMEOUT_MS, request } from '../../live/api/liveRequest';
import { withFollowing, withSet } from '../lib/breakouts';

/**
 * The session's breakout sets, read afresh at each join of the session (`joins`) and kept
 * current by the pushes in between, with what staff and participants can do to them.
 */
export function useBreakouts(sessionId: string, joins: number) {
  const socket = useLiveSocket();
  const [state, setState] = useState<BreakoutState | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [offsetMs, setOffsetMs] = useState(0);
  const [broadcast, setBroadcast] = useState<BreakoutBroadcast | null>(null);
  const knownPeople = useRef(new Set<string>());
  useEffect(() => {
    knownPeople.current = new Set(state?.people.map((person) => person.personId));
  }, [state]);

  const reload = useCallback(() => {
    const asked = Date.now();
    return request<BreakoutState>((callback) =>
      socket.timeout(ACK_TIMEOUT_MS).emit('breakout:state.get', { sessionId }, callback),
    ).then(
      (next) => {
        setState(next);
        setOffsetMs(Date.parse(next.now) - (asked + Date.now()) / 2);
        setError(null);
      },
      (thrown: unknown) => setError(thrown),
    );
  }, [socket, sessionId]);

  useEffect(() => {
    if (joins > 0) void reload();
  }, [reload, joins]);

  useEffect(() => {
    const changed = (set: BreakoutSet) => {
      if (set.sessionId !== sessionId) return;
      setState((current) => (current ? withSet(current, set) : current));
      // Someone placed in a room after the people were read: read them again to name them.
      const known = knownPeople.current;
      if (set.rooms.some((room) => room.memberIds.some((id) => !known.has(id)))) void reload();
    };
    const deleted = ({ setId, sessionId: of }: { setId: string; sessionId: string }) => {
      if (of !== sessionId) return;
      setState((current) =>
        current ? { ...current, sets: current.sets.filter((set) => set.id !== setId) } : current,
      );
    };
    const broadcasted = (message: BreakoutBroadcast) => {
      if (message.sessionId === sessionId) setBroadcast(message);
    };
    // Only staff get the counts: their board shows who is here as people come and go.
    const counted = (counts: PresenceCounts) => {
      if (counts.sessionId !== sessionId) return;
      const following = new Set(counts.people.map((person) => person.id));
      setState((current) => (current ? withFollowing(current, following) : current));
    };
    socket.on('breakout:set.changed', changed);
    socket.on('breakout:set.deleted', deleted);
    socket.on('breakout:broadcast', broadcasted);
    socket.on('session:presence.counts', counted);
    return () => {
      socket.off('breakout:set.changed', changed);
      socket.off('breakout:set.deleted', deleted);
      socket.off('breakout:broadcast', broadcasted);
      socket.off('session:presence.counts', counted);
    };
  }, [socket, sessionId, reload]);

  const actions = useMemo(() => {
    const live = () => socket.timeout(ACK_TIMEOUT_MS);
    const apply = (set: BreakoutSet) => {
      setState((current) => (current ? withSet(current, set) : current));
      return set;
    };
    return {
      save: (set: Omit<SaveBreakoutSet, 'sessionId'>) =>
        request<BreakoutSet>((cb) =>
          live().emit('breakout:set.save', { ...set, sessionId }, cb),
        ).then(apply),
      remove: (setId: string) =>
        request<{ setId: string }>((cb) => live().emit('breakout:set.delete', { setId }, cb)).then(
          () =>
            setState((current) =>
              current
                ? { ...current, sets: current.sets.filter((set) => set.id !== setId) }
                : current,
            ),
        ),
      move: (
        setId: string,
        moves: { personId: string; roomId: string | null }[],
        source: 'manual' | 'csv' = 'manual',
      ) =>
        request<BreakoutSet>((cb) =>
          live().emit('breakout:assign', { setId, moves, source }, cb),
        ).then(apply),
      autoAssign: (options: AutoAssignBreakout) =>
        request<BreakoutSet>((cb) => live().emit('breakout:assign.auto', options, cb)).then(apply),
      reuse: (setId: string, fromSetId: string) =>
        request<BreakoutSet>((cb) =>
          live().emit('breakout:assign.reuse', { setId, fromSetId }, cb),
        ).then(apply),
      choose: (setId: string, roomId: string) =>
        request<BreakoutSet>((cb) =>
          live().emit('breakout:room.choose', { setId, roomId }, cb),
        ).then(apply),
      open: (setId: string, seconds: number, graceSeconds: number) =>
        request<BreakoutSet>((cb) =>
          live().emit('breakout:open', { setId, seconds, graceSeconds }, cb),
        ).then(apply),
      extend: (setId: string, seconds: number) =>
        request<BreakoutSet>((cb) => live().emit('breakout:extend', { setId, seconds }, cb)).then(
          apply,
        ),
      close: (setId: string, graceSeconds: number) =>
        request<BreakoutSet>((cb) =>
          live().emit('breakout:close', { setId, graceSeconds }, cb),
        ).then(apply),
      /** `id` stays the same across retries of one message, so it goes out once. */
      broadcast: (setId: string, text: string, id = newId()) =>
        request<BreakoutBroadcast>((cb) =>
          live().emit('breakout:broadcast', { id, setId, text }, cb),
        ),
      help: (roomId: string, needed: boolean) =>
        request<BreakoutSet>((cb) => live().emit('breakout:help', { roomId, needed }, cb)).then(
          apply,
        ),
      showNotes: (setId: string, roomId: string | null) =>
        request<BreakoutSet>((cb) =>
          live().emit('breakout:notes.show', { setId, roomId }, cb),
        ).then(apply),
    };
  }, [socket, sessionId]);

  return { state, error, offsetMs, broadcast, dismissBroadcast: () => setBroadcast(null), actions };
}

export type BreakoutActions = ReturnType<typeof useBreakouts>['actions'];
