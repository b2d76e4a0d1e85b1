import { type AgendaSession, checkInScope, VENUE_ROOM_SCOPE_PREFIX } from '@hadir/contracts';
import { dateInZone } from '@hadir/domain';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type DoorScope } from '../hooks/useDoorFlow';
import { clockTime } from '../lib/doorWords';

export interface ScopeSelectProps {
  sessions: AgendaSession[];
  timezone: string;
  day: string;
  value: DoorScope;
  onChange: (scope: DoorScope) => void;
}

function scopeOf(value: string): DoorScope {
  if (value === '') return {};
  if (value.startsWith(VENUE_ROOM_SCOPE_PREFIX)) {
    return { venueRoom: value.slice(VENUE_ROOM_SCOPE_PREFIX.length) };
  }
  return { sessionId: value };
}

/**
 * Where this door admits people to: the building for the day, one venue room (a breakout space
 * with its own door), or one of today's sessions.
 */
export function ScopeSelect({ sessions, timezone, day, value, onChange }: ScopeSelectProps) {
  const { t, i18n } = useTranslation();
  const inVenue = sessions.filter((session) => session.room !== null);
  const rooms = [...new Set(inVenue.map((session) => session.room ?? ''))].sort();
  const today = inVenue.filter(
    (session) => dateInZone(new Date(session.startsAt), timezone) === day,
  );
  const data = [
    { group: t('checkIn.scope.building'), items: [{ value: '', label: t('checkIn.scope.day') }] },
    {
      group: t('checkIn.scope.rooms'),
      items: rooms.map((room) => ({ value: checkInScope({ venueRoom: room }), label: room })),
    },
    {
      group: t('checkIn.scope.sessions'),
      items: today.map((session) => ({
        value: session.id,
        label: `${clockTime(session.startsAt, i18n.language)} ${session.title} (${session.room ?? ''})`,
      })),
    },
  ].filter((group) => group.items.length > 0);
  return (
    <Select
      label={t('checkIn.scope.label')}
      data={data}
      value={checkInScope(value)}
      onChange={(next) => onChange(scopeOf(next ?? ''))}
      allowDeselect={false}
      data-testid="checkin-scope"
    />
  );
}
