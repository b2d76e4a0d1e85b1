import {
  type EvaluationForm,
  evaluationFormSchema,
  evaluationFormsSchema,
  type EvaluationKind,
  evaluationRemindedSchema,
  evaluationSubmittedSchema,
  myEvaluationsSchema,
  type SaveEvaluationForm,
  type SubmitEvaluation,
} from '@hadir/contracts';
import { apiFetch } from '../../../shared/api/apiFetch';

const base = (eventId: string) => `/events/${encodeURIComponent(eventId)}/evaluation`;

export const fetchEvaluationForms = (eventId: string, signal?: AbortSignal) =>
  apiFetch(`${base(eventId)}/forms`, evaluationFormsSchema, { signal });

export const saveEvaluationForm = (
  eventId: string,
  kind: EvaluationKind,
  body: SaveEvaluationForm,
) => apiFetch(`${base(eventId)}/forms/${kind}`, evaluationFormSchema, { method: 'PUT', body });

export const setEvaluationStatus = (
  eventId: string,
  kind: EvaluationKind,
  status: EvaluationForm['status'],
) =>
  apiFetch(`${base(eventId)}/forms/${kind}/status`, evaluationFormSchema, {
    method: 'PUT',
    body: { status },
  });

export const fetchMyEvaluations = (eventId: string, sessionId?: string, signal?: AbortSignal) =>
  apiFetch(
    `${base(eventId)}/mine${sessionId ? `?sessionId=${encodeURIComponent(sessionId)}` : ''}`,
    myEvaluationsSchema,
    { signal },
  );

/** `body.id` stays the same across retries of one submission, so a resend records one answer. */
export const submitEvaluation = (eventId: string, body: SubmitEvaluation) =>
  apiFetch(`${base(eventId)}/answers`, evaluationSubmittedSchema, { method: 'POST', body });

export const remindEvaluation = (eventId: string, formId: string) =>
  apiFetch(`${base(eventId)}/forms/${formId}/reminders`, evaluationRemindedSchema, {
    method: 'POST',
  });

export const evaluationCsvPath = (eventId: string, formId: string) =>
  `${base(eventId)}/forms/${formId}/answers.csv`;
