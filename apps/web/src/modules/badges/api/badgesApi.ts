import { badgesResponseSchema } from '@hadir/contracts';
import { apiFetch } from '../../../shared/api/apiFetch';

export const fetchBadges = (eventId: string, signal?: AbortSignal) =>
  apiFetch(`/events/${encodeURIComponent(eventId)}/badges`, badgesResponseSchema, { signal });
