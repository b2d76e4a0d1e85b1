import {
  type CheckInDirection,
  type CheckInPerson,
  type CheckInRoster,
  type CheckInScan,
  type CheckInStatus,
} from '@hadir/contracts';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/**
 * A scan as this device shows it in its history. Until `uploaded`, only this device knows of it
 * and its status is the device's own verdict from the roster; `unchecked` means the device had no
 * roster to judge by, so only the server will tell.
 */
export interface DoorEntry {
  id: string;
  eventId: string;
  status: CheckInStatus | 'unchecked';
  person: CheckInPerson | null;
  day: string | null;
  sessionId: string | null;
  venueRoom: string | null;
  direction: CheckInDirection;
  /** Admitted again after checking out earlier that day. */
  reentry: boolean;
  arrivedDespiteRemote: boolean;
  /** For a duplicate, the admission that came first; its device is unknown when the roster said so. */
  first: { scannedAt: string; deviceId: string | null } | null;
  scannedAt: string;
  deviceId: string;
  uploaded: boolean;
  undone: boolean;
}

interface ScannerSchema extends DBSchema {
  rosters: { key: string; value: { roster: CheckInRoster; fetchedAt: string } };
  /** Scans the server has not confirmed: the part that must survive anything. */
  pending: { key: string; value: CheckInScan; indexes: { byEvent: string } };
  entries: { key: string; value: DoorEntry; indexes: { byEvent: string } };
}

export type ScannerDb = IDBPDatabase<ScannerSchema>;

const DB_NAME = 'hadir-scanner';

export function openScannerDb(): Promise<ScannerDb> {
  return openDB<ScannerSchema>(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('rosters');
      db.createObjectStore('pending', { keyPath: 'id' }).createIndex('byEvent', 'eventId');
      db.createObjectStore('entries', { keyPath: 'id' }).createIndex('byEvent', 'eventId');
    },
  });
}
