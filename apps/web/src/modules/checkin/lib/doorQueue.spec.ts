import 'fake-indexeddb/auto';
import {
  type Ack,
  type CheckInResult,
  type CheckInRoster,
  type CheckInScan,
  type CheckInSyncResponse,
} from '@hadir/contracts';
import { dateInZone } from '@hadir/domain';
import { type LiveSocket } from '../../live/api/liveSocket';
import { DoorQueue } from './doorQueue';
import { openScannerDb, type ScannerDb } from './scannerDb';

const EVENT_ID = '7f3a2c1e-0000-4000-8000-000000000001';
const SITI = {
  id: '7f3a2c1e-0000-4000-8000-0000000000a1',
  name: 'Siti Rahmawati',
  country: 'ID',
  organisation: 'Batik Rahma',
  category: 'business_owner' as const,
  attendanceMode: 'in_person' as const,
};
const TODAY = dateInZone(new Date(), 'Asia/Jakarta');

const roster: CheckInRoster = {
  eventId: EVENT_ID,
  day: TODAY,
  timezone: 'Asia/Jakarta',
  startDate: TODAY,
  endDate: TODAY,
  people: [
    { ...SITI, badgeCode: 'SITI01', badgeRevoked: [], admittedAt: null, checkedOutAt: null },
  ],
};

/** What the server would answer for a scan: Siti admitted, as the API words it. */
function serverResult(scan: CheckInScan, status: CheckInResult['status']): CheckInResult {
  return {
    id: scan.id,
    status,
    person: SITI,
    day: TODAY,
    sessionId: null,
    venueRoom: null,
    direction: 'in',
    reentry: false,
    arrivedDespiteRemote: false,
    firstCheckIn: null,
    scannedAt: scan.scannedAt,
    deviceId: scan.deviceId,
  };
}

/**
 * The live socket as the door uses it: connected or not, and per scan either an answer or a
 * timeout. socket.io's transport is not the door's to test; what it is told to send is.
 */
function doorSocket(answer: (scan: CheckInScan) => Ack<CheckInResult> | 'timeout') {
  const sent: CheckInScan[] = [];
  const socket = {
    connected: true,
    timeout: () => ({
      emit: (
        _event: 'checkin:scan.record',
        scan: CheckInScan,
        callback: (error: Error | null, ack?: Ack<CheckInResult>) => void,
      ) => {
        sent.push(scan);
        const ack = answer(scan);
        if (ack === 'timeout') callback(new Error('operation has timed out'));
        else callback(null, ack);
      },
    }),
  };
  return { socket, live: socket as unknown as LiveSocket, sent };
}

/**
 * The sync route, answering each upload with `answer`; while `down` nothing reaches it, and with
 * `loseAnswer` an upload reaches it but its answer never comes back.
 */
function syncServer(answer: (scans: CheckInScan[]) => CheckInSyncResponse) {
  const uploads: CheckInScan[][] = [];
  const server = { down: false, loseAnswer: false };
  globalThis.fetch = ((_url: string, init: RequestInit) => {
    if (server.down) return Promise.reject(new TypeError('Failed to fetch'));
    const { scans } = JSON.parse(init.body as string) as { scans: CheckInScan[] };
    uploads.push(scans);
    if (server.loseAnswer) return Promise.reject(new TypeError('Failed to fetch'));
    const body = answer(scans);
    return Promise.resolve({
      ok: true,
      status: 200,
      statusText: 'OK',
      json: () => Promise.resolve(body),
    });
  }) as unknown as typeof fetch;
  return { uploads, server };
}

describe(DoorQueue.name, () => {
  let db: ScannerDb;

  beforeEach(async () => {
    indexedDB.deleteDatabase('hadir-scanner');
    db = await openScannerDb();
    await db.put('rosters', { roster, fetchedAt: new Date().toISOString() }, EVENT_ID);
  });

  afterEach(() => db.close());

  async function door(socket: LiveSocket): Promise<DoorQueue> {
    const queue = new DoorQueue(db, EVENT_ID, socket, 'hall-door-1');
    await queue.load();
    return queue;
  }

  it('should answer from the server while online and keep nothing pending', async () => {
    const { live, sent } = doorSocket((scan) => ({
      ok: true,
      data: serverResult(scan, 'admitted'),
    }));
    const queue = await door(live);

    const entry = await queue.scan({ method: 'scan', badgeCode: 'siti01' });

    expect(sent).toHaveLength(1);
    expect(entry).toMatchObject({
      status: 'admitted',
      uploaded: true,
      person: { name: SITI.name },
    });
    expect(queue.getState().pending).toBe(0);
    expect(await db.count('pending')).toBe(0);
  });

  it('should admit from the roster when the server does not answer, and upload the scan later exactly once', async () => {
    const { live } = doorSocket(() => 'timeout');
    const { uploads, server } = syncServer((scans) => ({
      results: scans.map((scan) => serverResult(scan, 'admitted')),
      overturned: [],
    }));
    server.down = true;
    const queue = await door(live);

    const entry = await queue.scan({ method: 'scan', badgeCode: 'SITI01' });
    expect(entry).toMatchObject({ status: 'admitted', uploaded: false });
    await queue.upload();
    expect(queue.getState()).toMatchObject({ pending: 1 });
    expect(queue.getState().uploadError).toBeInstanceOf(TypeError);
    expect(await db.count('pending')).toBe(1);

    server.down = false;
    await queue.upload();
    await queue.upload();

    expect(uploads.map((scans) => scans.map((scan) => scan.id))).toEqual([[entry.id]]);
    expect(queue.getState()).toMatchObject({ pending: 0, uploadError: null });
    expect(queue.getState().entries).toEqual([
      expect.objectContaining({ id: entry.id, status: 'admitted', uploaded: true }),
    ]);
  });

  it('should send the same scan again after an upload whose answer was lost', async () => {
    const { socket, live } = doorSocket(() => 'timeout');
    socket.connected = false;
    const { uploads, server } = syncServer((scans) => ({
      results: scans.map((scan) => serverResult(scan, 'admitted')),
      overturned: [],
    }));
    server.loseAnswer = true;
    const queue = await door(live);

    const entry = await queue.scan({ method: 'scan', badgeCode: 'SITI01' });
    await queue.upload();
    server.loseAnswer = false;
    await queue.upload();

    // The server keys check-ins by the scan's own id, so the second copy changes nothing there.
    expect(uploads.map((scans) => scans.map((scan) => scan.id))).toEqual([[entry.id], [entry.id]]);
    expect(uploads[1]).toEqual(uploads[0]);
    expect(queue.getState().pending).toBe(0);
  });

  it('should tell the door when the server finds an earlier admission elsewhere', async () => {
    const { socket, live } = doorSocket(() => 'timeout');
    socket.connected = false;
    syncServer((scans) => ({
      results: scans.map((scan) => serverResult(scan, 'duplicate')),
      overturned: [],
    }));
    const queue = await door(live);

    const entry = await queue.scan({ method: 'scan', badgeCode: 'SITI01' });
    await queue.upload();

    expect(queue.getState().corrections).toEqual([
      expect.objectContaining({ id: entry.id, status: 'duplicate' }),
    ]);
  });

  it('should judge a second scan on this device as a duplicate while offline', async () => {
    const { socket, live } = doorSocket(() => 'timeout');
    socket.connected = false;
    const { server } = syncServer(() => ({ results: [], overturned: [] }));
    server.down = true;
    const queue = await door(live);

    await queue.scan({ method: 'scan', badgeCode: 'SITI01' });
    const again = await queue.scan({ method: 'scan', badgeCode: 'SITI01' });

    expect(again.status).toBe('duplicate');
    expect(await db.count('pending')).toBe(2);
  });

  it('should show a stranger’s code as not registered and store nothing', async () => {
    const { live, sent } = doorSocket(() => 'timeout');
    const queue = await door(live);

    const entry = await queue.scan({ method: 'scan', badgeCode: '' });

    expect(entry.status).toBe('not_registered');
    expect(sent).toEqual([]);
    expect(await db.count('pending')).toBe(0);
  });

  it('should drop a scan the server refuses live, and say why', async () => {
    const { live } = doorSocket(() => ({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'auth.roleRequired', message: 'Only staff may do this' },
    }));
    const queue = await door(live);

    await expect(queue.scan({ method: 'scan', badgeCode: 'SITI01' })).rejects.toMatchObject({
      reason: 'auth.roleRequired',
    });
    expect(await db.count('pending')).toBe(0);
  });
});
