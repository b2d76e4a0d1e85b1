import { readStored, writeStored } from '../../../shared/lib/storage';

const KEY = 'hadir.kiosk';

/**
 * The kiosk's lock lives on the device, so a reload or a restart of the browser comes back locked.
 * The PIN keeps attendees out of the facilitator's screens; it is not a credential (the device
 * stays signed in as the facilitator who locked it), so it is kept as typed.
 */
export function readKioskPin(eventId: string): string | null {
  const stored = readStored(KEY);
  if (!stored) return null;
  try {
    const lock = JSON.parse(stored) as { eventId?: unknown; pin?: unknown };
    return lock.eventId === eventId && typeof lock.pin === 'string' ? lock.pin : null;
  } catch {
    return null;
  }
}

export function lockKiosk(eventId: string, pin: string): void {
  writeStored(KEY, JSON.stringify({ eventId, pin }));
}

export function unlockKiosk(): void {
  writeStored(KEY, null);
}
