import { UseInterceptors } from '@nestjs/common';
import { WebSocketGateway } from '@nestjs/websockets';
import { type EvaluationResults, rooms, type WatchEvaluationResults } from '@hadir/contracts';
import { LiveHandler } from '../realtime/live-handler.decorator';
import { LiveAckInterceptor } from '../realtime/live-ack.interceptor';
import { LIVE_GATEWAY_OPTIONS } from '../realtime/live.options';
import type { LiveSocket } from '../realtime/live.types';
import { EvaluationService } from './evaluation.service';

@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseInterceptors(LiveAckInterceptor)
export class EvaluationGateway {
  constructor(private readonly evaluation: EvaluationService) {}

  @LiveHandler('evaluation:results.watch')
  async watch(
    socket: LiveSocket,
    { eventId, formId }: WatchEvaluationResults,
  ): Promise<EvaluationResults> {
    const results = await this.evaluation.results(socket.data.personId, eventId, formId);
    await socket.join(rooms.evaluationResults(formId));
    return results;
  }
}
