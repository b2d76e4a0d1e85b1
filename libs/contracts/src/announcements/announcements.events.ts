import type { AckCallback } from '../api-error';
import type { Announcement, CreateAnnouncement } from './announcements.schemas';

export interface AnnouncementsClientEvents {
  'announcement:create': (payload: CreateAnnouncement, ack: AckCallback<Announcement>) => void;
}

export interface AnnouncementsServerEvents {
  'announcement:created': (announcement: Announcement) => void;
}
