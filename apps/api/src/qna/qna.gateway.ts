import { UseInterceptors } from '@nestjs/common';
import { WebSocketGateway } from '@nestjs/websockets';
import {
  type AskQuestion,
  type EditQuestion,
  type ModerateQuestion,
  type QnaSettings,
  type Question,
  type QuestionRef,
  type ReplyQuestion,
  type UpdateQnaSettings,
  type VoteQuestion,
  type VoteResult,
} from '@hadir/contracts';
import { LiveHandler } from '../realtime/live-handler.decorator';
import { LiveAckInterceptor } from '../realtime/live-ack.interceptor';
import { LIVE_GATEWAY_OPTIONS } from '../realtime/live.options';
import type { LiveSocket } from '../realtime/live.types';
import { QuestionsService } from './questions.service';

/** Questions to the stage: asking, voting, moderating, answering. Each handler's service checks who may do it first. */
@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseInterceptors(LiveAckInterceptor)
export class QnaGateway {
  constructor(private readonly questions: QuestionsService) {}

  @LiveHandler('qna:question.ask')
  ask(socket: LiveSocket, input: AskQuestion): Promise<Question> {
    return this.questions.ask(socket.data.personId, input);
  }

  @LiveHandler('qna:question.edit')
  edit(socket: LiveSocket, input: EditQuestion): Promise<Question> {
    return this.questions.edit(socket.data.personId, input);
  }

  @LiveHandler('qna:question.withdraw')
  withdraw(socket: LiveSocket, input: QuestionRef): Promise<Question> {
    return this.questions.withdraw(socket.data.personId, input);
  }

  @LiveHandler('qna:question.vote')
  vote(socket: LiveSocket, input: VoteQuestion): Promise<VoteResult> {
    return this.questions.vote(socket.data.personId, input);
  }

  @LiveHandler('qna:question.moderate')
  moderate(socket: LiveSocket, input: ModerateQuestion): Promise<Question> {
    return this.questions.moderate(socket.data.personId, input);
  }

  @LiveHandler('qna:question.reply')
  reply(socket: LiveSocket, input: ReplyQuestion): Promise<Question> {
    return this.questions.reply(socket.data.personId, input);
  }

  @LiveHandler('qna:settings.update')
  updateSettings(socket: LiveSocket, input: UpdateQnaSettings): Promise<QnaSettings> {
    return this.questions.updateSettings(socket.data.personId, input);
  }
}
