import { agendaSessionSchema, type CreateSessionBody, type SessionInput } from '@hadir/contracts';
import { apiFetch, noContentSchema } from '../../../shared/api/apiFetch';

const sessionsPath = (eventId: string) => `/events/${encodeURIComponent(eventId)}/sessions`;

export const createSession = (eventId: string, body: CreateSessionBody) =>
  apiFetch(sessionsPath(eventId), agendaSessionSchema, { method: 'POST', body });

export const updateSession = (eventId: string, sessionId: string, body: SessionInput) =>
  apiFetch(`${sessionsPath(eventId)}/${encodeURIComponent(sessionId)}`, agendaSessionSchema, {
    method: 'PUT',
    body,
  });

export const deleteSession = (eventId: string, sessionId: string) =>
  apiFetch(`${sessionsPath(eventId)}/${encodeURIComponent(sessionId)}`, noContentSchema, {
    method: 'DELETE',
  });
