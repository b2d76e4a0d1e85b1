import { readStored, writeStored } from '../../../shared/lib/storage';

const LABEL_KEY = 'hadir.scanner.label';
const SUFFIX_KEY = 'hadir.scanner.suffix';
export const DEVICE_LABEL_MAX = 40;

/**
 * What this scanner calls itself in "already checked in at 08:12 on …". The random suffix keeps
 * two doors that both call themselves "Main door" apart, since the server tells devices about
 * their own overturned scans by this id.
 */
export function scannerDeviceId(label: string): string {
  let suffix = readStored(SUFFIX_KEY);
  if (!suffix) {
    suffix = Math.random().toString(36).slice(2, 6);
    writeStored(SUFFIX_KEY, suffix);
  }
  return `${label} (${suffix})`;
}

export function readDeviceLabel(fallback: string): string {
  return readStored(LABEL_KEY) ?? fallback;
}

export function writeDeviceLabel(label: string): void {
  writeStored(LABEL_KEY, label.trim().slice(0, DEVICE_LABEL_MAX));
}
