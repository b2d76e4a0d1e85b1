import { UseInterceptors } from '@nestjs/common';
import { WebSocketGateway } from '@nestjs/websockets';
import { type AttendanceNow, rooms, type WatchAttendance } from '@hadir/contracts';
import { AccessService } from '../identity/access.service';
import { LiveHandler } from '../realtime/live-handler.decorator';
import { LiveAckInterceptor } from '../realtime/live-ack.interceptor';
import { LIVE_GATEWAY_OPTIONS } from '../realtime/live.options';
import type { LiveSocket } from '../realtime/live.types';
import { AttendanceNowService } from './attendance-now.service';

@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseInterceptors(LiveAckInterceptor)
export class AttendanceGateway {
  constructor(
    private readonly following: AttendanceNowService,
    private readonly access: AccessService,
  ) {}

  @LiveHandler('attendance:now.watch')
  async watch(socket: LiveSocket, { eventId }: WatchAttendance): Promise<AttendanceNow> {
    await this.access.requireRole(socket.data.personId, eventId, ['organiser']);
    await socket.join(rooms.eventAttendance(eventId));
    return this.following.current(eventId);
  }
}
