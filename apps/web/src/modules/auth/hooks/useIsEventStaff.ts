import { STAFF_ROLES } from '@hadir/contracts';
import { useMe } from './useMe';

/** Whether the signed-in person runs this event (organiser, moderator or facilitator). */
export function useIsEventStaff(eventId: string): boolean {
  const { data: me } = useMe();
  return (
    me?.roles.some((role) => role.eventId === eventId && STAFF_ROLES.includes(role.role)) ?? false
  );
}
