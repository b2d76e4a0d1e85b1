import { type AgendaSession, type EventSummary } from '@hadir/contracts';
import { dateInZone, datesOf } from '@hadir/domain';

export interface ProgrammeDay {
  /** `YYYY-MM-DD` in the event's zone. */
  date: string;
  sessions: AgendaSession[];
}

/**
 * Sessions grouped by the day they belong to at the venue, not the viewer's calendar day: a talk at
 * 08:30 in Jakarta is on Tuesday's programme even for someone for whom it is still Monday.
 */
export function groupByProgrammeDay(
  event: EventSummary,
  sessions: readonly AgendaSession[],
): ProgrammeDay[] {
  const byDate = new Map<string, AgendaSession[]>(
    datesOf(event.startDate, event.endDate).map((date) => [date, []]),
  );
  const byStart = [...sessions].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  for (const session of byStart) {
    const date = dateInZone(new Date(session.startsAt), event.timezone);
    // A session outside the announced dates still belongs on the agenda rather than vanishing.
    const day = byDate.get(date) ?? [];
    day.push(session);
    byDate.set(date, day);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, daySessions]) => ({ date, sessions: daySessions }));
}

/** Today's programme day while the event runs, else its first day. */
export function initialProgrammeDay(
  days: readonly ProgrammeDay[],
  event: EventSummary,
  now: Date,
): string | null {
  const today = dateInZone(now, event.timezone);
  return days.find((day) => day.date === today)?.date ?? days[0]?.date ?? null;
}
