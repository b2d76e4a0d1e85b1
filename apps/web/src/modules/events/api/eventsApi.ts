import { eventAgendaSchema, eventListResponseSchema } from '@hadir/contracts';
import { apiFetch } from '../../../shared/api/apiFetch';

export const fetchEvents = (signal?: AbortSignal) =>
  apiFetch('/events', eventListResponseSchema, { signal });

export const fetchAgenda = (eventId: string, signal?: AbortSignal) =>
  apiFetch(`/events/${encodeURIComponent(eventId)}/agenda`, eventAgendaSchema, { signal });
