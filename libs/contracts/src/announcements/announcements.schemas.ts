import { z } from 'zod';
import { idSchema, isoInstantSchema } from '../common/ids';

export const ANNOUNCEMENT_MAX_LENGTH = 500;

/** Staff broadcast to the whole event, or to one session's audience when `sessionId` is set. */
export const createAnnouncementSchema = z.object({
  id: idSchema,
  eventId: idSchema,
  sessionId: idSchema.optional(),
  text: z
    .string()
    .trim()
    .min(1, 'Write something to announce')
    .max(ANNOUNCEMENT_MAX_LENGTH, `At most ${ANNOUNCEMENT_MAX_LENGTH} characters`),
});
export type CreateAnnouncement = z.infer<typeof createAnnouncementSchema>;

export const announcementSchema = z.object({
  id: idSchema,
  eventId: idSchema,
  sessionId: idSchema.nullable(),
  text: z.string(),
  authorName: z.string(),
  createdAt: isoInstantSchema,
});
export type Announcement = z.infer<typeof announcementSchema>;

export const announcementListResponseSchema = z.object({
  announcements: z.array(announcementSchema),
});
export type AnnouncementListResponse = z.infer<typeof announcementListResponseSchema>;
