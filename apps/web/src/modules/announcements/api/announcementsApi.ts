import { announcementListResponseSchema } from '@hadir/contracts';
import { apiFetch } from '../../../shared/api/apiFetch';

export const fetchAnnouncements = (eventId: string, signal?: AbortSignal) =>
  apiFetch(`/events/${encodeURIComponent(eventId)}/announcements`, announcementListResponseSchema, {
    signal,
  });
