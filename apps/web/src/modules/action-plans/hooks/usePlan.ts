import { type PlanDetail, type PlanSection, type SavePlanSectionResult } from '@hadir/contracts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { newId } from '../../../shared/lib/newId';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { ACK_TIMEOUT_MS, request } from '../../live/api/liveRequest';
import { loadPending, type PendingEdit, storePending } from '../lib/pendingEdits';

/** Typing pauses this long before a section is saved. */
const AUTOSAVE_MS = 800;

export type SaveState = 'saved' | 'pending' | 'saving' | 'offline';

/**
 * One plan, open for reading and writing. Each section's edits are kept on the device until the
 * server has them, saved after a pause in typing, and sent again on reconnect with the version
 * they were made on: the server applies them, or keeps them as a conflict beside a co-author's
 * text. Co-authors' saved sections arrive as they are saved.
 */
export function usePlan(planId: string) {
  const socket = useLiveSocket();
  const [plan, setPlan] = useState<PlanDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState<Record<string, PendingEdit>>(() => loadPending(planId));
  const [saving, setSaving] = useState<Set<string>>(new Set());
  const [connected, setConnected] = useState(socket.connected);
  const pendingRef = useRef(pending);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const inFlight = useRef(new Set<string>());

  const remember = useCallback(
    (next: Record<string, PendingEdit>) => {
      pendingRef.current = next;
      storePending(planId, next);
      setPending(next);
    },
    [planId],
  );

  const load = useCallback(
    () =>
      request<PlanDetail>((cb) => socket.timeout(ACK_TIMEOUT_MS).emit('plan:open', { planId }, cb))
        .then((detail) => {
          setPlan(detail);
          setError(null);
          return detail;
        })
        .catch((thrown: unknown) => {
          setError(thrown);
          return null;
        }),
    [socket, planId],
  );

  const send = useCallback(
    async (key: string): Promise<void> => {
      // Typing on while a save is in flight leaves a newer edit: it goes next, on the new version.
      for (;;) {
        const edit = pendingRef.current[key];
        if (!edit || inFlight.current.has(key) || !socket.connected) return;
        inFlight.current.add(key);
        setSaving(new Set(inFlight.current));
        try {
          const result = await request<SavePlanSectionResult>((cb) =>
            socket
              .timeout(ACK_TIMEOUT_MS)
              .emit('plan:section.save', { planId, sectionKey: key, ...edit }, cb),
          );
          setPlan((current) => (current ? withSection(current, result.section) : current));
          const now = pendingRef.current[key];
          if (now?.editId === edit.editId) {
            const rest = { ...pendingRef.current };
            delete rest[key];
            remember(rest);
          } else if (now) {
            remember({
              ...pendingRef.current,
              [key]: { ...now, baseVersion: result.section.version },
            });
          }
          if (result.outcome === 'conflict') await load();
        } catch (thrown) {
          setError(thrown);
          return;
        } finally {
          inFlight.current.delete(key);
          setSaving(new Set(inFlight.current));
        }
      }
    },
    [socket, planId, remember, load],
  );

  useEffect(() => {
    const connect = () => {
      setConnected(true);
      void load().then(() => {
        for (const key of Object.keys(pendingRef.current)) void send(key);
      });
    };
    const disconnect = () => setConnected(false);
    const saved = ({ planId: of, section }: { planId: string; section: PlanSection }) => {
      if (of === planId) setPlan((current) => (current ? withSection(current, section) : current));
    };
    const updated = ({ planId: of }: { planId: string }) => {
      if (of === planId) void load();
    };
    const online = () => {
      for (const key of Object.keys(pendingRef.current)) void send(key);
    };
    socket.on('connect', connect);
    socket.on('disconnect', disconnect);
    socket.on('plan:section.saved', saved);
    socket.on('plan:updated', updated);
    window.addEventListener('online', online);
    if (socket.connected) connect();
    const pendingTimers = timers.current;
    return () => {
      socket.off('connect', connect);
      socket.off('disconnect', disconnect);
      socket.off('plan:section.saved', saved);
      socket.off('plan:updated', updated);
      window.removeEventListener('online', online);
      for (const timer of pendingTimers.values()) clearTimeout(timer);
      socket.timeout(ACK_TIMEOUT_MS).emit('plan:close', { planId }, () => undefined);
    };
  }, [socket, planId, load, send]);

  const actions = useMemo(() => {
    const live = () => socket.timeout(ACK_TIMEOUT_MS);
    const apply = (detail: PlanDetail) => {
      setPlan(detail);
      return detail;
    };
    return {
      edit: (key: string, text: string, baseVersion: number) => {
        const previous = pendingRef.current[key];
        remember({
          ...pendingRef.current,
          [key]: { editId: newId(), baseVersion: previous?.baseVersion ?? baseVersion, text },
        });
        clearTimeout(timers.current.get(key));
        timers.current.set(
          key,
          setTimeout(() => void send(key), AUTOSAVE_MS),
        );
      },
      /** Replaces the section with `text` on its current version: a reconciled or chosen text. */
      replace: (key: string, text: string, version: number) => {
        remember({ ...pendingRef.current, [key]: { editId: newId(), baseVersion: version, text } });
        return send(key);
      },
      resolve: (conflictId: string) =>
        request<PlanDetail>((cb) =>
          live().emit('plan:conflict.resolve', { planId, conflictId }, cb),
        ).then(apply),
      submit: () =>
        request<PlanDetail>((cb) => live().emit('plan:submit', { planId }, cb)).then(apply),
      review: (decision: 'changes_requested' | 'accepted') =>
        request<PlanDetail>((cb) => live().emit('plan:review', { planId, decision }, cb)).then(
          apply,
        ),
      comment: (sectionKey: string, text: string, id: string) =>
        request((cb) => live().emit('plan:comment.add', { id, planId, sectionKey, text }, cb)).then(
          () => load(),
        ),
      show: (sessionId: string, show: boolean) =>
        request((cb) => live().emit('plan:show', { sessionId, planId: show ? planId : null }, cb)),
    };
  }, [socket, planId, remember, send, load]);

  const saveState = (key: string): SaveState =>
    saving.has(key) ? 'saving' : pending[key] ? (connected ? 'pending' : 'offline') : 'saved';

  return { plan, error, pending, saveState, connected, actions };
}

function withSection(plan: PlanDetail, section: PlanSection): PlanDetail {
  // An older save arriving late must not take the place of a newer one.
  return {
    ...plan,
    sections: plan.sections.map((s) =>
      s.key === section.key && s.version <= section.version ? section : s,
    ),
  };
}
