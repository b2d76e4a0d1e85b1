import { z } from 'zod';
import { idSchema } from '../common/ids';

/** A new subscription link; `id` is the client's, so that a retry makes no second link. */
export const createCalendarFeedSchema = z.object({ id: idSchema });
export type CreateCalendarFeed = z.infer<typeof createCalendarFeedSchema>;

export const calendarFeedSchema = z.object({
  /** Path of the subscribable file on this server, or null when the person has none. */
  path: z.string().nullable(),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;
