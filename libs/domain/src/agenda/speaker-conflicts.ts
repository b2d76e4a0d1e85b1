export interface BookedSlot {
  id: string;
  /** ISO 8601 instant. */
  startsAt: string;
  /** ISO 8601 instant; exclusive, so a slot ending at 11:00 leaves 11:00 free. */
  endsAt: string;
  personIds: readonly string[];
}

export interface SpeakerConflict {
  personId: string;
  /** The earlier-starting slot first. */
  sessionIds: [string, string];
}

interface TimedSlot {
  id: string;
  start: number;
  end: number;
}

const toTime = (slot: BookedSlot, field: 'startsAt' | 'endsAt'): number => {
  const time = Date.parse(slot[field]);
  // A slot we cannot place in time would silently never conflict, hiding a double booking.
  if (Number.isNaN(time)) {
    throw new RangeError(`Slot ${slot.id} has an invalid ${field}: ${slot[field]}`);
  }
  return time;
};

// Code-unit order rather than localeCompare, so the result does not depend on the host's locale.
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const compareSlots = (a: TimedSlot, b: TimedSlot): number =>
  a.start - b.start || a.end - b.end || compareText(a.id, b.id);

/**
 * People booked into two slots whose times intersect. Ends are exclusive, so back-to-back slots
 * are fine and an empty slot (start = end) conflicts with nothing. A person in n mutually
 * overlapping slots yields every pair, ordered by person id, then by the slots' start times.
 */
export function findSpeakerConflicts(slots: readonly BookedSlot[]): SpeakerConflict[] {
  const slotsByPerson = new Map<string, TimedSlot[]>();
  for (const slot of slots) {
    const timed = { id: slot.id, start: toTime(slot, 'startsAt'), end: toTime(slot, 'endsAt') };
    // A person listed twice in one slot is still one booking.
    for (const personId of new Set(slot.personIds)) {
      const booked = slotsByPerson.get(personId);
      if (booked) booked.push(timed);
      else slotsByPerson.set(personId, [timed]);
    }
  }

  const conflicts: SpeakerConflict[] = [];
  const personIds = [...slotsByPerson.keys()].sort(compareText);
  for (const personId of personIds) {
    const booked = (slotsByPerson.get(personId) ?? []).sort(compareSlots);
    for (let i = 0; i < booked.length; i++) {
      const first = booked[i];
      for (let j = i + 1; j < booked.length; j++) {
        const second = booked[j];
        // Sorted by start, so once one slot starts after `first` ends, all later ones do too.
        if (second.start >= first.end) break;
        if (second.start < second.end) {
          conflicts.push({ personId, sessionIds: [first.id, second.id] });
        }
      }
    }
  }
  return conflicts;
}
