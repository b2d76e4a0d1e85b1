import { UseInterceptors } from '@nestjs/common';
import { WebSocketGateway } from '@nestjs/websockets';
import {
  type AnswerPoll,
  type CreatePoll,
  type Poll,
  type PollAnswer,
  type PollRef,
  type ShowPoll,
} from '@hadir/contracts';
import { LiveHandler } from '../realtime/live-handler.decorator';
import { LiveAckInterceptor } from '../realtime/live-ack.interceptor';
import { LIVE_GATEWAY_OPTIONS } from '../realtime/live.options';
import type { LiveSocket } from '../realtime/live.types';
import { PollsService } from './polls.service';

/** Polls: staff prepare, open, close and show them; the audience answers. Each handler's service checks who may do it first. */
@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseInterceptors(LiveAckInterceptor)
export class PollsGateway {
  constructor(private readonly polls: PollsService) {}

  @LiveHandler('poll:create')
  createPoll(socket: LiveSocket, input: CreatePoll): Promise<Poll> {
    return this.polls.create(socket.data.personId, input);
  }

  @LiveHandler('poll:open')
  openPoll(socket: LiveSocket, input: PollRef): Promise<Poll> {
    return this.polls.open(socket.data.personId, input);
  }

  @LiveHandler('poll:close')
  closePoll(socket: LiveSocket, input: PollRef): Promise<Poll> {
    return this.polls.close(socket.data.personId, input);
  }

  @LiveHandler('poll:show')
  showPoll(socket: LiveSocket, input: ShowPoll): Promise<Poll> {
    return this.polls.show(socket.data.personId, input);
  }

  @LiveHandler('poll:answer')
  answerPoll(socket: LiveSocket, input: AnswerPoll): Promise<PollAnswer> {
    return this.polls.answer(socket.data.personId, input);
  }
}
