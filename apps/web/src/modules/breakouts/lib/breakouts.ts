import {
  type BreakoutMember,
  type BreakoutRoom,
  type BreakoutSet,
  type BreakoutState,
} from '@hadir/contracts';

/** The set that runs now in the session, if any: at most one does. */
export function runningSet(state: BreakoutState | null): BreakoutSet | null {
  return state?.sets.find((set) => set.status === 'open' || set.status === 'closing') ?? null;
}

/** The room a person is in while their set runs. */
export function roomOf(set: BreakoutSet | null, personId: string | undefined): BreakoutRoom | null {
  if (!set || !personId) return null;
  return set.rooms.find((room) => room.memberIds.includes(personId)) ?? null;
}

/** Whole seconds until `iso`, on the server's clock (`offsetMs` = server minus this device). */
export function secondsUntil(iso: string | null, nowMs: number, offsetMs: number): number {
  if (!iso) return 0;
  return Math.max(0, Math.ceil((Date.parse(iso) - (nowMs + offsetMs)) / 1000));
}

export function formatCountdown(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return `${minutes}:${String(rest).padStart(2, '0')}`;
}

/** Replaces or adds a set in the state, keeping the order sets were created in. */
export function withSet(state: BreakoutState, set: BreakoutSet): BreakoutState {
  const known = state.sets.some((s) => s.id === set.id);
  return {
    ...state,
    sets: known ? state.sets.map((s) => (s.id === set.id ? set : s)) : [...state.sets, set],
  };
}

/** Who follows the session now: the ids of the people in its latest presence counts. */
export function withFollowing(state: BreakoutState, following: ReadonlySet<string>): BreakoutState {
  return {
    ...state,
    people: state.people.map((person) => ({
      ...person,
      following: following.has(person.personId),
    })),
  };
}

export function peopleById(people: readonly BreakoutMember[]): Map<string, BreakoutMember> {
  return new Map(people.map((person) => [person.personId, person]));
}
