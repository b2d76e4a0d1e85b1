import { Tabs } from '@mantine/core';
import { type ReactNode } from 'react';
import { useDateFnsLocale } from '../../language/hooks/useDateFnsLocale';
import { type ProgrammeDay } from '../lib/programmeDays';
import { formatCalendarDate } from '../lib/time';

export interface ProgrammeDayTabsProps {
  days: readonly ProgrammeDay[];
  activeDay: string | null;
  onDayChange: (day: string | null) => void;
  renderDay: (day: ProgrammeDay) => ReactNode;
}

/** One tab per day of the programme, as the venue's calendar counts them. */
export function ProgrammeDayTabs({
  days,
  activeDay,
  onDayChange,
  renderDay,
}: ProgrammeDayTabsProps) {
  const locale = useDateFnsLocale();
  return (
    <Tabs value={activeDay} onChange={onDayChange} keepMounted={false} data-testid="agenda-tabs">
      <Tabs.List>
        {days.map((day) => (
          <Tabs.Tab key={day.date} value={day.date} data-testid={`agenda-day-${day.date}`}>
            {formatCalendarDate(day.date, 'EEE d MMM', locale)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {days.map((day) => (
        <Tabs.Panel key={day.date} value={day.date} pt="sm" data-testid="agenda-day-panel">
          {renderDay(day)}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
