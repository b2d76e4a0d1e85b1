import { type CheckInDirection, type CheckInMethod } from '@hadir/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type DoorQueue } from '../lib/doorQueue';
import { signalAtDoor } from '../lib/feedback';
import { type DoorEntry } from '../lib/scannerDb';

const ADMITTED_SHOWN_MS = 2500;
const PROBLEM_SHOWN_MS = 5000;
/**
 * A badge still held up after its answer closed is not a new scan; after this pause it is (the
 * person really did come round again, or the facilitator wants to see the answer once more).
 */
const SAME_CODE_PAUSE_MS = 4000;

/**
 * One scan at a time: the answer stays on screen while the camera keeps quiet, then the door is
 * ready for the next person.
 */
export interface DoorScope {
  sessionId?: string;
  venueRoom?: string;
}

export function useDoorFlow(
  queue: DoorQueue | null,
  scope: DoorScope,
  direction: CheckInDirection,
) {
  const [shown, setShown] = useState<DoorEntry | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const busy = useRef(false);
  const lastCode = useRef<{ code: string; until: number } | null>(null);

  const dismiss = useCallback(() => {
    setShown((current) => {
      if (current && lastCode.current) lastCode.current.until = Date.now() + SAME_CODE_PAUSE_MS;
      return null;
    });
  }, []);

  useEffect(() => {
    if (!shown) return;
    const timer = window.setTimeout(
      dismiss,
      shown.status === 'admitted' ? ADMITTED_SHOWN_MS : PROBLEM_SHOWN_MS,
    );
    return () => window.clearTimeout(timer);
  }, [shown, dismiss]);

  const submit = useCallback(
    async (method: CheckInMethod, who: { badgeCode: string } | { personId: string }) => {
      if (!queue || busy.current) return;
      busy.current = true;
      setFailure(null);
      try {
        const entry = await queue.scan({ method, ...who, ...scope, direction });
        signalAtDoor(entry.status === 'admitted' || entry.status === 'checked_out');
        setShown(entry);
      } catch (thrown) {
        signalAtDoor(false);
        setFailure(thrown);
        if (lastCode.current) lastCode.current.until = Date.now() + SAME_CODE_PAUSE_MS;
      } finally {
        busy.current = false;
      }
    },
    [queue, scope, direction],
  );

  const scanCode = useCallback(
    (method: CheckInMethod, code: string) => {
      const last = lastCode.current;
      if (shown || (last && last.code === code && Date.now() < last.until)) return;
      lastCode.current = { code, until: Number.POSITIVE_INFINITY };
      void submit(method, { badgeCode: code });
    },
    [shown, submit],
  );

  const checkInPerson = useCallback(
    (personId: string) => void submit('search', { personId }),
    [submit],
  );

  return { shown, failure, dismiss, scanCode, checkInPerson };
}
