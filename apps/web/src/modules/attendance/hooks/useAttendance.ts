import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/queryKeys';
import { fetchCorrections, fetchEventAttendance, fetchMyAttendance } from '../api/attendanceApi';

/** Minutes go on accruing during a session: the figures are read again every minute. */
const REFRESH_MS = 60_000;

export function useMyAttendance(eventId: string) {
  return useQuery({
    queryKey: queryKeys.myAttendance(eventId),
    queryFn: ({ signal }) => fetchMyAttendance(eventId, signal),
    refetchInterval: REFRESH_MS,
  });
}

export function useEventAttendance(eventId: string) {
  return useQuery({
    queryKey: queryKeys.eventAttendance(eventId),
    queryFn: ({ signal }) => fetchEventAttendance(eventId, signal),
    refetchInterval: REFRESH_MS,
  });
}

/** The organisers' corrections of one's own record, read only when there are some. */
export function useMyCorrections(eventId: string, personId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.corrections(eventId, personId ?? ''),
    queryFn: ({ signal }) => fetchCorrections(eventId, {}, signal),
    enabled: enabled && personId !== undefined,
  });
}
