import { type Role } from '@hadir/contracts';
import { useMe } from './useMe';

/**
 * Whether the signed-in person holds one of `roles` in this event; undefined until we know who
 * they are, so a page can wait rather than flash a refusal.
 */
export function useHasEventRole(eventId: string, roles: readonly Role[]): boolean | undefined {
  const { data: me } = useMe();
  if (!me) return undefined;
  return me.roles.some((role) => role.eventId === eventId && roles.includes(role.role));
}
