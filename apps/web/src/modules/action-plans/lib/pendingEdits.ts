import { readStored, writeStored } from '../../../shared/lib/storage';

/** An edit not yet confirmed by the server: kept on the device, so a reload or a lost network loses nothing. */
export interface PendingEdit {
  editId: string;
  baseVersion: number;
  text: string;
}

const keyOf = (planId: string) => `hadir.plan.${planId}.pending`;

export function loadPending(planId: string): Record<string, PendingEdit> {
  try {
    const parsed = JSON.parse(readStored(keyOf(planId)) ?? '{}') as Record<string, PendingEdit>;
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}

export function storePending(planId: string, pending: Record<string, PendingEdit>): void {
  writeStored(keyOf(planId), Object.keys(pending).length ? JSON.stringify(pending) : null);
}
