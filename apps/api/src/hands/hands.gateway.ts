import { UseInterceptors } from '@nestjs/common';
import { WebSocketGateway } from '@nestjs/websockets';
import { type HandQueue, type LowerHand, type MyHand, type RaiseHand } from '@hadir/contracts';
import { LiveHandler } from '../realtime/live-handler.decorator';
import { LiveAckInterceptor } from '../realtime/live-ack.interceptor';
import { LIVE_GATEWAY_OPTIONS } from '../realtime/live.options';
import type { LiveSocket } from '../realtime/live.types';
import { HandsService } from './hands.service';

/** Raised hands, which staff lower when they give the floor. Each handler's service checks who may do it first. */
@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseInterceptors(LiveAckInterceptor)
export class HandsGateway {
  constructor(private readonly hands: HandsService) {}

  @LiveHandler('hand:raise')
  raise(socket: LiveSocket, input: RaiseHand): Promise<MyHand> {
    return this.hands.raise(socket.data.personId, input);
  }

  @LiveHandler('hand:lower')
  lower(socket: LiveSocket, input: LowerHand): Promise<HandQueue> {
    return this.hands.lower(socket.data.personId, input);
  }
}
