import { type AgendaSession } from '@hadir/contracts';
import { dateInZone } from '@hadir/domain';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { clockTime } from '../lib/doorWords';

export interface ScopeSelectProps {
  sessions: AgendaSession[];
  timezone: string;
  day: string;
  value: string | null;
  onChange: (sessionId: string | null) => void;
}

/** Check in for the whole day at the building's door, or for one of today's sessions at its room. */
export function ScopeSelect({ sessions, timezone, day, value, onChange }: ScopeSelectProps) {
  const { t, i18n } = useTranslation();
  const today = sessions.filter(
    (session) => session.room !== null && dateInZone(new Date(session.startsAt), timezone) === day,
  );
  const data = [
    { value: '', label: t('checkIn.scope.day') },
    ...today.map((session) => ({
      value: session.id,
      label: `${clockTime(session.startsAt, i18n.language)} ${session.title} (${session.room ?? ''})`,
    })),
  ];
  return (
    <Select
      label={t('checkIn.scope.label')}
      data={data}
      value={value ?? ''}
      onChange={(next) => onChange(next ? next : null)}
      allowDeselect={false}
      data-testid="checkin-scope"
    />
  );
}
