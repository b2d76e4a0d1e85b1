import {
  attendanceCorrectionSchema,
  attendanceCorrectionsSchema,
  type AttendanceRule,
  attendanceRuleSchema,
  certificateCheckSchema,
  type CreateCorrectionBody,
  eventAttendanceReportSchema,
  personAttendanceReportSchema,
} from '@hadir/contracts';
import { apiFetch } from '../../../shared/api/apiFetch';

export const fetchMyAttendance = (eventId: string, signal?: AbortSignal) =>
  apiFetch(`/events/${eventId}/attendance/me`, personAttendanceReportSchema, { signal });

export const fetchEventAttendance = (eventId: string, signal?: AbortSignal) =>
  apiFetch(`/events/${eventId}/attendance`, eventAttendanceReportSchema, { signal });

export const fetchCorrections = (
  eventId: string,
  query: { personId?: string; sessionId?: string },
  signal?: AbortSignal,
) =>
  apiFetch(
    `/events/${eventId}/attendance/corrections?${new URLSearchParams(query).toString()}`,
    attendanceCorrectionsSchema,
    { signal },
  );

export const createCorrection = (eventId: string, body: CreateCorrectionBody) =>
  apiFetch(`/events/${eventId}/attendance/corrections`, attendanceCorrectionSchema, {
    method: 'POST',
    body,
  });

export const withdrawCorrection = (eventId: string, correctionId: string, reason: string) =>
  apiFetch(
    `/events/${eventId}/attendance/corrections/${correctionId}/withdraw`,
    attendanceCorrectionSchema,
    { method: 'POST', body: { reason } },
  );

export const setAttendanceRule = (eventId: string, rule: AttendanceRule) =>
  apiFetch(`/events/${eventId}/attendance/rule`, attendanceRuleSchema, {
    method: 'PUT',
    body: rule,
  });

/** Public: anyone holding a certificate checks its code, signed in or not. */
export const fetchCertificateCheck = (code: string, signal?: AbortSignal) =>
  apiFetch(`/certificates/${encodeURIComponent(code)}`, certificateCheckSchema, { signal });
