import { UseInterceptors } from '@nestjs/common';
import { WebSocketGateway } from '@nestjs/websockets';
import { type Announcement, type CreateAnnouncement } from '@hadir/contracts';
import { LiveHandler } from '../live/live-handler.decorator';
import { LiveAckInterceptor } from '../live/live-ack.interceptor';
import { LIVE_GATEWAY_OPTIONS } from '../live/live.options';
import type { LiveSocket } from '../live/live.types';
import { AnnouncementsService } from './announcements.service';

@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseInterceptors(LiveAckInterceptor)
export class AnnouncementsGateway {
  constructor(private readonly announcements: AnnouncementsService) {}

  @LiveHandler('event:announcement.create')
  create(socket: LiveSocket, input: CreateAnnouncement): Promise<Announcement> {
    return this.announcements.create(socket.data.personId, input);
  }
}
