import { type DoorEntry } from './scannerDb';

export type DoorTone = 'go' | 'out' | 'stop' | 'wait';

/** Green to let in, blue to see out, red to stop, grey when only the server can tell. */
export function toneOf(entry: DoorEntry): DoorTone {
  if (entry.status === 'admitted') return 'go';
  if (entry.status === 'checked_out') return 'out';
  if (entry.status === 'unchecked') return 'wait';
  return 'stop';
}

export const toneColor: Record<DoorTone, string> = {
  go: 'var(--mantine-color-green-8)',
  out: 'var(--mantine-color-blue-8)',
  stop: 'var(--mantine-color-red-8)',
  wait: 'var(--mantine-color-gray-7)',
};

/** "08:12" in the viewer's zone: the facilitator compares it with the clock on the wall. */
export function clockTime(at: string, language: string): string {
  // 24-hour, as the agenda beside it is, whatever the language's habit.
  return new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(at));
}
