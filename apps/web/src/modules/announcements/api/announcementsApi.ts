import { announcementSchema } from '@hadir/contracts';
import { z } from 'zod';
import { apiFetch } from '../../../shared/api/apiFetch';

const announcementListSchema = z.object({ announcements: z.array(announcementSchema) });

export const fetchAnnouncements = (eventId: string, signal?: AbortSignal) =>
  apiFetch(`/events/${encodeURIComponent(eventId)}/announcements`, announcementListSchema, {
    signal,
  });
