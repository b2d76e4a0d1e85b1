import { UseInterceptors } from '@nestjs/common';
import { WebSocketGateway } from '@nestjs/websockets';
import {
  type CheckInCounts,
  type CheckInResult,
  type CheckInScan,
  rooms,
  type UndoCheckIn,
  type WatchCounts,
} from '@hadir/contracts';
import { AccessService } from '../identity/access.service';
import { LiveHandler } from '../realtime/live-handler.decorator';
import { LiveAckInterceptor } from '../realtime/live-ack.interceptor';
import { LIVE_GATEWAY_OPTIONS } from '../realtime/live.options';
import type { LiveSocket } from '../realtime/live.types';
import { CheckInCountsService } from './check-in-counts.service';
import { CHECK_IN_ROLES, CheckInService } from './check-in.service';

@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseInterceptors(LiveAckInterceptor)
export class CheckInGateway {
  constructor(
    private readonly checkIns: CheckInService,
    private readonly counts: CheckInCountsService,
    private readonly access: AccessService,
  ) {}

  @LiveHandler('checkin:scan.record')
  record(socket: LiveSocket, scan: CheckInScan): Promise<CheckInResult> {
    return this.checkIns.record(socket.data.personId, scan);
  }

  @LiveHandler('checkin:scan.undo')
  undo(socket: LiveSocket, input: UndoCheckIn): Promise<CheckInResult> {
    return this.checkIns.undo(socket.data.personId, input);
  }

  @LiveHandler('checkin:counts.watch')
  async watch(socket: LiveSocket, { eventId }: WatchCounts): Promise<CheckInCounts> {
    await this.access.requireRole(socket.data.personId, eventId, CHECK_IN_ROLES);
    await socket.join(rooms.eventDoor(eventId));
    return this.counts.current(eventId);
  }
}
