import { UseInterceptors } from '@nestjs/common';
import { WebSocketGateway } from '@nestjs/websockets';
import { type Announcement, type CreateAnnouncement } from '@hadir/contracts';
import { LiveHandler } from '../realtime/live-handler.decorator';
import { LiveAckInterceptor } from '../realtime/live-ack.interceptor';
import { LIVE_GATEWAY_OPTIONS } from '../realtime/live.options';
import type { LiveSocket } from '../realtime/live.types';
import { AnnouncementsService } from './announcements.service';

@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseInterceptors(LiveAckInterceptor)
export class AnnouncementsGateway {
  constructor(private readonly announcements: AnnouncementsService) {}

  @LiveHandler('announcement:create')
  create(socket: LiveSocket, input: CreateAnnouncement): Promise<Announcement> {
    return this.announcements.create(socket.data.personId, input);
  }
}
