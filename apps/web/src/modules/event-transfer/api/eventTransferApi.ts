import { eventExportSchema, importedEventSchema, type ImportEventBody } from '@hadir/contracts';
import { apiFetch } from '../../../shared/api/apiFetch';

export const fetchEventExport = (eventId: string) =>
  apiFetch(`/events/${encodeURIComponent(eventId)}/export`, eventExportSchema);

export const importEvent = (body: ImportEventBody) =>
  apiFetch('/events/import', importedEventSchema, { method: 'POST', body });
