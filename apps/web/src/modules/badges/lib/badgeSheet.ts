import { type AttendanceMode, type Badge, ROLES, type Role } from '@hadir/contracts';

/** Two columns of four on an A4 sheet: large enough to read a name across a room. */
export const BADGES_PER_PAGE = 8;

/** The role printed on a badge: the most senior one, as the people at the door need to know. */
export function badgeRole(badge: Badge): Role {
  return ROLES.find((role) => badge.roles.includes(role)) ?? 'participant';
}

export interface BadgeFilter {
  role: Role | null;
  mode: AttendanceMode | null;
}

export function filterBadges(badges: readonly Badge[], { role, mode }: BadgeFilter): Badge[] {
  return badges
    .filter(
      (badge) =>
        (role === null || badgeRole(badge) === role) &&
        (mode === null || badge.attendanceMode === mode),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function toPages<T>(items: readonly T[], perPage: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += perPage) pages.push(items.slice(i, i + perPage));
  return pages;
}
