import { UseInterceptors } from '@nestjs/common';
import { WebSocketGateway } from '@nestjs/websockets';
import {
  type AnswerPoll,
  type AskQuestion,
  type ChatMessage,
  type DeleteChat,
  type Mute,
  type SendChat,
  type SendReaction,
  type EditQuestion,
  type HandQueue,
  type JoinSession,
  type LowerHand,
  type CreatePoll,
  type ModerateQuestion,
  type MyHand,
  type Poll,
  type PollAnswer,
  type PollRef,
  type ShowPoll,
  type QaSettings,
  type Question,
  type QuestionRef,
  type RaiseHand,
  type ReplyQuestion,
  type SessionState,
  type UpdateQaSettings,
  type VoteQuestion,
  type VoteResult,
} from '@hadir/contracts';
import { LiveHandler } from '../realtime/live-handler.decorator';
import { LiveAckInterceptor } from '../realtime/live-ack.interceptor';
import { LIVE_GATEWAY_OPTIONS } from '../realtime/live.options';
import type { LiveSocket } from '../realtime/live.types';
import { SessionPresenceService } from '../realtime/session-presence.service';
import { ChatService } from './chat.service';
import { HandsService } from './hands.service';
import { PollsService } from './polls.service';
import { QuestionsService } from './questions.service';
import { ReactionsService } from './reactions.service';
import { SessionAccessService } from './session-access.service';

/** Q&A and raised hands in a session. Each handler's service checks who may do it first. */
@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseInterceptors(LiveAckInterceptor)
export class InteractionGateway {
  constructor(
    private readonly questions: QuestionsService,
    private readonly hands: HandsService,
    private readonly polls: PollsService,
    private readonly chat: ChatService,
    private readonly reactions: ReactionsService,
    private readonly sessions: SessionAccessService,
    private readonly presence: SessionPresenceService,
  ) {}

  @LiveHandler('session:state.get')
  async state(socket: LiveSocket, { sessionId }: JoinSession): Promise<SessionState> {
    const personId = socket.data.personId;
    const { staff } = await this.sessions.member(personId, sessionId);
    const [settings, board, polls, chat, myHand, queue, presence] = await Promise.all([
      this.questions.settings(sessionId),
      this.questions.board({ personId, staff }, sessionId),
      this.polls.board({ personId, staff }, sessionId),
      this.chat.board({ personId, staff }, sessionId),
      this.hands.mine(personId, sessionId),
      staff ? this.hands.queue(sessionId) : null,
      staff ? this.presence.counts(sessionId) : null,
    ]);
    return {
      sessionId,
      staff,
      settings,
      ...board,
      ...polls,
      ...chat,
      myHand,
      hands: queue?.hands ?? [],
      presence,
    };
  }

  @LiveHandler('qa:question.ask')
  ask(socket: LiveSocket, input: AskQuestion): Promise<Question> {
    return this.questions.ask(socket.data.personId, input);
  }

  @LiveHandler('qa:question.edit')
  edit(socket: LiveSocket, input: EditQuestion): Promise<Question> {
    return this.questions.edit(socket.data.personId, input);
  }

  @LiveHandler('qa:question.withdraw')
  withdraw(socket: LiveSocket, input: QuestionRef): Promise<Question> {
    return this.questions.withdraw(socket.data.personId, input);
  }

  @LiveHandler('qa:question.vote')
  vote(socket: LiveSocket, input: VoteQuestion): Promise<VoteResult> {
    return this.questions.vote(socket.data.personId, input);
  }

  @LiveHandler('qa:question.moderate')
  moderate(socket: LiveSocket, input: ModerateQuestion): Promise<Question> {
    return this.questions.moderate(socket.data.personId, input);
  }

  @LiveHandler('qa:question.reply')
  reply(socket: LiveSocket, input: ReplyQuestion): Promise<Question> {
    return this.questions.reply(socket.data.personId, input);
  }

  @LiveHandler('qa:settings.update')
  updateSettings(socket: LiveSocket, input: UpdateQaSettings): Promise<QaSettings> {
    return this.questions.updateSettings(socket.data.personId, input);
  }

  @LiveHandler('hand:raise')
  raise(socket: LiveSocket, input: RaiseHand): Promise<MyHand> {
    return this.hands.raise(socket.data.personId, input);
  }

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

  @LiveHandler('chat:message.send')
  sendChat(socket: LiveSocket, input: SendChat): Promise<ChatMessage> {
    return this.chat.send(socket.data.personId, input);
  }

  @LiveHandler('chat:message.delete')
  deleteChat(socket: LiveSocket, input: DeleteChat): Promise<DeleteChat> {
    return this.chat.delete(socket.data.personId, input);
  }

  @LiveHandler('chat:mute')
  mute(socket: LiveSocket, input: Mute): Promise<Mute> {
    return this.chat.mute(socket.data.personId, input);
  }

  @LiveHandler('reaction:send')
  react(socket: LiveSocket, input: SendReaction): Promise<null> {
    return this.reactions.send(socket.data.personId, input.sessionId, input.reaction);
  }

  @LiveHandler('hand:lower')
  lower(socket: LiveSocket, input: LowerHand): Promise<HandQueue> {
    return this.hands.lower(socket.data.personId, input);
  }
}
