import { UseInterceptors } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import {
  type Announcement,
  type CreateAnnouncement,
  createAnnouncementSchema,
} from '@hadir/contracts';
import { ZodValidationPipe } from 'nestjs-zod';
import { LiveAckInterceptor } from '../live/live-ack.interceptor';
import { LIVE_GATEWAY_OPTIONS } from '../live/live.options';
import type { LiveSocket } from '../live/live.types';
import { AnnouncementsService } from './announcements.service';

@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseInterceptors(LiveAckInterceptor)
export class AnnouncementsGateway {
  constructor(private readonly announcements: AnnouncementsService) {}

  @SubscribeMessage('event:announcement.create')
  create(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(createAnnouncementSchema)) input: CreateAnnouncement,
  ): Promise<Announcement> {
    return this.announcements.create(socket.data.personId, input);
  }
}
