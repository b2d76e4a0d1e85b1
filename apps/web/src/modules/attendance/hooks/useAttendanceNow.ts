import { useLiveWatch } from '../../live/hooks/useLiveWatch';

/** Who follows the event's sessions now, read at every (re)connection and pushed in between. */
export function useAttendanceNow(eventId: string) {
  const { value, error } = useLiveWatch(
    'attendance:now.watch',
    { eventId },
    'attendance:now.updated',
  );
  return { now: value, error };
}
