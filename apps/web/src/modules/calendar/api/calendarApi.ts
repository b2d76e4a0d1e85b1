import { calendarFeedSchema } from '@hadir/contracts';
import { apiFetch } from '../../../shared/api/apiFetch';

const feedPath = (eventId: string) => `/events/${encodeURIComponent(eventId)}/calendar-feed`;

export const fetchCalendarFeed = (eventId: string, signal?: AbortSignal) =>
  apiFetch(feedPath(eventId), calendarFeedSchema, { signal });

/** `id` stays the same across retries of one click, so a resend makes one link. */
export const renewCalendarFeed = (eventId: string, id: string) =>
  apiFetch(feedPath(eventId), calendarFeedSchema, { method: 'POST', body: { id } });

export const turnOffCalendarFeed = (eventId: string) =>
  apiFetch(feedPath(eventId), calendarFeedSchema, { method: 'DELETE' });
