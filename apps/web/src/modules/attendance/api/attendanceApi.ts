import { eventAttendanceReportSchema, personAttendanceReportSchema } from '@hadir/contracts';
import { apiFetch } from '../../../shared/api/apiFetch';

export const fetchMyAttendance = (eventId: string, signal?: AbortSignal) =>
  apiFetch(`/events/${eventId}/attendance/me`, personAttendanceReportSchema, { signal });

export const fetchEventAttendance = (eventId: string, signal?: AbortSignal) =>
  apiFetch(`/events/${eventId}/attendance`, eventAttendanceReportSchema, { signal });
