import {
  type Ack,
  type CheckInDirection,
  type CheckInMethod,
  type CheckInResult,
  type CheckInRoster,
  checkInRosterSchema,
  type CheckInScan,
  checkInScanSchema,
  CHECK_IN_SYNC_MAX,
  checkInScope,
  checkInSyncResponseSchema,
} from '@hadir/contracts';
import { type DeviceScan, doorVerdict } from '@hadir/domain';
import { ApiRequestError } from '../../../shared/api/ApiRequestError';
import { apiFetch } from '../../../shared/api/apiFetch';
import { newId } from '../../../shared/lib/newId';
import { type LiveSocket } from '../../live/api/liveSocket';
import { type DoorEntry, type ScannerDb } from './scannerDb';

/** Past this, the door stops waiting for the server and answers from the roster. */
const LIVE_ANSWER_MS = 3000;
const SHOWN_ENTRIES = 100;

export interface DoorState {
  loaded: boolean;
  roster: CheckInRoster | null;
  rosterFetchedAt: string | null;
  /** Scans on this device that the server has not confirmed yet. */
  pending: number;
  /** The latest scans on this device, newest first. */
  entries: DoorEntry[];
  /** Scans whose answer changed once the server had every device's scans. */
  corrections: DoorEntry[];
  /** Why the last upload failed, for the page to put in words; null once one succeeds. */
  uploadError: unknown;
}

export interface DoorScan {
  method: CheckInMethod;
  badgeCode?: string;
  personId?: string;
  sessionId?: string;
  venueRoom?: string;
  direction?: CheckInDirection;
}

/**
 * The scanner's engine, kept apart from React so that it has one copy per event however many
 * components show it. Every scan is written to the device before anything else; it leaves the
 * pending store only once the server has answered for it, live or in a later upload.
 */
export class DoorQueue {
  private state: DoorState = {
    loaded: false,
    roster: null,
    rosterFetchedAt: null,
    pending: 0,
    entries: [],
    corrections: [],
    uploadError: null,
  };
  private readonly listeners = new Set<() => void>();
  private readonly all = new Map<string, DoorEntry>();
  private uploading: Promise<void> | undefined;

  constructor(
    private readonly db: ScannerDb,
    private readonly eventId: string,
    private readonly socket: LiveSocket,
    private readonly deviceId: string,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): DoorState => this.state;

  async load(): Promise<void> {
    const [stored, entries, pending] = await Promise.all([
      this.db.get('rosters', this.eventId),
      this.db.getAllFromIndex('entries', 'byEvent', this.eventId),
      this.db.countFromIndex('pending', 'byEvent', this.eventId),
    ]);
    for (const entry of entries) this.all.set(entry.id, entry);
    this.update({
      loaded: true,
      roster: stored?.roster ?? null,
      rosterFetchedAt: stored?.fetchedAt ?? null,
      pending,
    });
  }

  /** Today's people and badges, kept on the device for when the network goes. */
  async refreshRoster(): Promise<void> {
    const roster = await apiFetch(`/events/${this.eventId}/check-ins/roster`, checkInRosterSchema);
    const fetchedAt = new Date().toISOString();
    await this.db.put('rosters', { roster, fetchedAt }, this.eventId);
    this.update({ roster, rosterFetchedAt: fetchedAt });
  }

  async scan(input: DoorScan): Promise<DoorEntry> {
    const parsed = checkInScanSchema.safeParse({
      id: newId(),
      eventId: this.eventId,
      deviceId: this.deviceId,
      scannedAt: new Date().toISOString(),
      ...input,
    });
    // Only a code no badge could carry fails here (a stranger's QR code): nothing to keep.
    if (!parsed.success) return this.stranger(input);
    const scan = parsed.data;
    await this.db.put('pending', scan);
    this.update({ pending: this.state.pending + 1 });

    const ack = this.socket.connected ? await this.sendLive(scan) : null;
    if (ack && !ack.ok) {
      await this.settled([scan.id]);
      throw new ApiRequestError(null, ack.error);
    }
    const entry = ack ? this.entryOf(ack.data, scan.eventId) : this.localEntry(scan);
    if (ack) await this.settled([scan.id]);
    await this.save([entry]);
    if (!ack) void this.upload();
    return entry;
  }

  /** Sends every pending scan; the server settles who was first and answers for each. */
  upload(): Promise<void> {
    this.uploading ??= this.uploadPending().finally(() => {
      this.uploading = undefined;
    });
    return this.uploading;
  }

  async undo(entry: DoorEntry, reason: string): Promise<void> {
    const ack = await new Promise<Ack<CheckInResult> | null>((resolve) => {
      this.socket
        .timeout(LIVE_ANSWER_MS)
        .emit(
          'checkin:scan.undo',
          { eventId: this.eventId, checkInId: entry.id, reason },
          (error, answer) => resolve(error ? null : answer),
        );
    });
    if (!ack) throw new TypeError('No answer from the server');
    if (!ack.ok) throw new ApiRequestError(null, ack.error);
    await this.save([{ ...entry, undone: true }]);
  }

  /** The server found an earlier scan elsewhere for someone this device admitted. */
  async overturned(result: CheckInResult): Promise<void> {
    const known = this.all.get(result.id);
    if (!known || known.status === result.status) return;
    const entry = this.entryOf(result, known.eventId);
    await this.save([entry]);
    this.update({ corrections: [...this.state.corrections, entry] });
  }

  dismissCorrections(): void {
    this.update({ corrections: [] });
  }

  private async uploadPending(): Promise<void> {
    try {
      for (;;) {
        const scans = (await this.db.getAllFromIndex('pending', 'byEvent', this.eventId)).slice(
          0,
          CHECK_IN_SYNC_MAX,
        );
        if (scans.length === 0) break;
        const answer = await apiFetch(
          `/events/${this.eventId}/check-ins/sync`,
          checkInSyncResponseSchema,
          { method: 'POST', body: { scans } },
        );
        const changed: DoorEntry[] = [];
        const entries = [...answer.results, ...answer.overturned].map((result) => {
          const entry = this.entryOf(result, this.eventId);
          const known = this.all.get(result.id);
          if (known && known.status !== entry.status) changed.push(entry);
          return entry;
        });
        await this.save(entries);
        await this.settled(scans.map((scan) => scan.id));
        if (changed.length > 0) {
          this.update({ corrections: [...this.state.corrections, ...changed] });
        }
      }
      this.update({ uploadError: null });
    } catch (thrown) {
      this.update({ uploadError: thrown });
    }
  }

  private sendLive(scan: CheckInScan): Promise<Ack<CheckInResult> | null> {
    return new Promise((resolve) => {
      this.socket
        .timeout(LIVE_ANSWER_MS)
        .emit('checkin:scan.record', scan, (error, ack) => resolve(error ? null : ack));
    });
  }

  private localEntry(scan: CheckInScan): DoorEntry {
    const base = {
      id: scan.id,
      eventId: scan.eventId,
      sessionId: scan.sessionId ?? null,
      venueRoom: scan.venueRoom ?? null,
      direction: scan.direction ?? 'in',
      scannedAt: scan.scannedAt,
      deviceId: scan.deviceId,
      uploaded: false,
      undone: false,
    };
    const { roster } = this.state;
    if (!roster) {
      return {
        ...base,
        status: 'unchecked',
        person: null,
        day: null,
        reentry: false,
        arrivedDespiteRemote: false,
        first: null,
      };
    }
    const verdict = doorVerdict(roster, scan, this.deviceScans());
    const person = verdict.person && {
      id: verdict.person.id,
      name: verdict.person.name,
      country: verdict.person.country,
      organisation: verdict.person.organisation,
      category: verdict.person.category,
      attendanceMode: verdict.person.attendanceMode,
    };
    return {
      ...base,
      status: verdict.status,
      person,
      day: verdict.day,
      reentry: verdict.reentry,
      arrivedDespiteRemote:
        verdict.status === 'admitted' &&
        base.direction === 'in' &&
        person?.attendanceMode === 'remote',
      first: verdict.first && {
        scannedAt: verdict.first.scannedAt,
        deviceId: verdict.first.deviceId,
      },
    };
  }

  private stranger(input: DoorScan): DoorEntry {
    return {
      id: newId(),
      eventId: this.eventId,
      status: 'not_registered',
      person: null,
      day: null,
      sessionId: input.sessionId ?? null,
      venueRoom: input.venueRoom ?? null,
      direction: input.direction ?? 'in',
      reentry: false,
      arrivedDespiteRemote: false,
      first: null,
      scannedAt: new Date().toISOString(),
      deviceId: this.deviceId,
      uploaded: true,
      undone: false,
    };
  }

  /** What this device did that changed who is in: admissions and check-outs still standing. */
  private deviceScans(): DeviceScan[] {
    return [...this.all.values()].flatMap((entry) =>
      (entry.status === 'admitted' || entry.status === 'checked_out') &&
      !entry.undone &&
      entry.person &&
      entry.day
        ? [
            {
              checkInId: entry.id,
              personId: entry.person.id,
              day: entry.day,
              scope: checkInScope(entry),
              direction: entry.status === 'admitted' ? ('in' as const) : ('out' as const),
              scannedAt: entry.scannedAt,
              deviceId: entry.deviceId,
            },
          ]
        : [],
    );
  }

  private entryOf(result: CheckInResult, eventId: string): DoorEntry {
    return {
      id: result.id,
      eventId,
      status: result.status,
      person: result.person,
      day: result.day,
      sessionId: result.sessionId,
      venueRoom: result.venueRoom,
      direction: result.direction,
      reentry: result.reentry,
      arrivedDespiteRemote: result.arrivedDespiteRemote,
      first: result.firstCheckIn && {
        scannedAt: result.firstCheckIn.scannedAt,
        deviceId: result.firstCheckIn.deviceId,
      },
      scannedAt: result.scannedAt,
      deviceId: result.deviceId,
      uploaded: true,
      undone: this.all.get(result.id)?.undone ?? false,
    };
  }

  private async save(entries: DoorEntry[]): Promise<void> {
    const tx = this.db.transaction('entries', 'readwrite');
    await Promise.all([...entries.map((entry) => tx.store.put(entry)), tx.done]);
    for (const entry of entries) this.all.set(entry.id, entry);
    this.update({});
  }

  private async settled(ids: string[]): Promise<void> {
    const tx = this.db.transaction('pending', 'readwrite');
    await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
    this.update({ pending: await this.db.countFromIndex('pending', 'byEvent', this.eventId) });
  }

  private update(changes: Partial<DoorState>): void {
    const entries = [...this.all.values()]
      .sort((a, b) => b.scannedAt.localeCompare(a.scannedAt))
      .slice(0, SHOWN_ENTRIES);
    this.state = { ...this.state, ...changes, entries };
    for (const listener of this.listeners) listener();
  }
}
