import { eventExportSchema, eventSummarySchema, type ImportEventBody } from '@hadir/contracts';
import { apiFetch } from '../../../shared/api/apiFetch';

export const fetchEventExport = (eventId: string) =>
  apiFetch(`/events/${encodeURIComponent(eventId)}/export`, eventExportSchema);

export const importEvent = (body: ImportEventBody) =>
  apiFetch('/events/import', eventSummarySchema, { method: 'POST', body });
