import { useEffect, useState, useSyncExternalStore } from 'react';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { DoorQueue, type DoorState } from '../lib/doorQueue';
import { openScannerDb, type ScannerDb } from '../lib/scannerDb';

/** While scans wait for upload, the device tries again this often even without a network event. */
const RETRY_MS = 15_000;

let database: Promise<ScannerDb> | undefined;

const EMPTY: DoorState = {
  loaded: false,
  roster: null,
  rosterFetchedAt: null,
  pending: 0,
  entries: [],
  corrections: [],
  uploadError: null,
};

/**
 * Scans made offline live in this device's storage until they upload; a browser short of space
 * may evict a site's storage unless the site asked to keep it (granted or not, it never harms).
 */
function keepScansStored(): void {
  if ('storage' in navigator && 'persist' in navigator.storage) {
    void navigator.storage.persist().catch(() => false);
  }
}

/**
 * The door's queue for one event on this device: loaded from the device, refreshed and uploaded
 * whenever the connection comes back, and corrected when the server overturns a scan.
 */
export function useDoorQueue(
  eventId: string,
  deviceId: string,
): { queue: DoorQueue | null; state: DoorState; failure: unknown } {
  const socket = useLiveSocket();
  const [queue, setQueue] = useState<DoorQueue | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    let current: DoorQueue | undefined;
    const refresh = () => {
      if (!current) return;
      void current.refreshRoster().catch(() => undefined);
      void current.upload();
    };
    const retry = () => {
      if (current && current.getState().pending > 0 && navigator.onLine) void current.upload();
    };
    const overturned = (result: Parameters<DoorQueue['overturned']>[0]) =>
      void current?.overturned(result);

    if (!database) keepScansStored();
    database ??= openScannerDb();
    database
      .then(async (db) => {
        const made = new DoorQueue(db, eventId, socket, deviceId);
        await made.load();
        if (cancelled) return;
        current = made;
        setQueue(made);
        if (socket.connected) refresh();
      })
      .catch((thrown: unknown) => {
        if (!cancelled) setFailure(thrown);
      });

    socket.on('connect', refresh);
    socket.on('checkin:scan.overturned', overturned);
    window.addEventListener('online', retry);
    const timer = window.setInterval(retry, RETRY_MS);
    return () => {
      cancelled = true;
      socket.off('connect', refresh);
      socket.off('checkin:scan.overturned', overturned);
      window.removeEventListener('online', retry);
      window.clearInterval(timer);
    };
  }, [eventId, deviceId, socket]);

  const state = useSyncExternalStore(
    queue?.subscribe ?? noSubscription,
    queue?.getState ?? emptyState,
  );
  return { queue, state, failure };
}

function noSubscription(): () => void {
  return () => undefined;
}

function emptyState(): DoorState {
  return EMPTY;
}
