import { UseInterceptors } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import {
  type CheckInCounts,
  type CheckInResult,
  type CheckInScan,
  checkInScanSchema,
  rooms,
  type UndoCheckIn,
  undoCheckInSchema,
  type WatchCounts,
  watchCountsSchema,
} from '@hadir/contracts';
import { ZodValidationPipe } from 'nestjs-zod';
import { AccessService } from '../identity/access.service';
import { LiveAckInterceptor } from '../live/live-ack.interceptor';
import { LIVE_GATEWAY_OPTIONS } from '../live/live.options';
import type { LiveSocket } from '../live/live.types';
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

  @SubscribeMessage('checkin:scan.record')
  record(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(checkInScanSchema)) scan: CheckInScan,
  ): Promise<CheckInResult> {
    return this.checkIns.record(socket.data.personId, scan);
  }

  @SubscribeMessage('checkin:scan.undo')
  undo(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(undoCheckInSchema)) input: UndoCheckIn,
  ): Promise<CheckInResult> {
    return this.checkIns.undo(socket.data.personId, input);
  }

  @SubscribeMessage('checkin:counts.watch')
  async watch(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(watchCountsSchema)) { eventId }: WatchCounts,
  ): Promise<CheckInCounts> {
    await this.access.requireRole(socket.data.personId, eventId, CHECK_IN_ROLES);
    await socket.join(rooms.eventStaff(eventId));
    return this.counts.current(eventId);
  }
}
