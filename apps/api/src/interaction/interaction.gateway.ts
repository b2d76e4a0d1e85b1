import { UseInterceptors } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import {
  type AnswerPoll,
  answerPollSchema,
  type AskQuestion,
  askQuestionSchema,
  type ChatMessage,
  type DeleteChat,
  deleteChatSchema,
  type Mute,
  muteSchema,
  type SendChat,
  sendChatSchema,
  type SendReaction,
  sendReactionSchema,
  type EditQuestion,
  editQuestionSchema,
  type HandQueue,
  type JoinSession,
  joinSessionSchema,
  type LowerHand,
  lowerHandSchema,
  type CreatePoll,
  createPollSchema,
  type ModerateQuestion,
  moderateQuestionSchema,
  type MyHand,
  type Poll,
  type PollAnswer,
  type PollRef,
  pollRefSchema,
  type ShowPoll,
  showPollSchema,
  type QaSettings,
  type Question,
  type QuestionRef,
  questionRefSchema,
  type RaiseHand,
  raiseHandSchema,
  type ReplyQuestion,
  replyQuestionSchema,
  type SessionState,
  type UpdateQaSettings,
  updateQaSettingsSchema,
  type VoteQuestion,
  voteQuestionSchema,
  type VoteResult,
} from '@hadir/contracts';
import { ZodValidationPipe } from 'nestjs-zod';
import { LiveAckInterceptor } from '../live/live-ack.interceptor';
import { LIVE_GATEWAY_OPTIONS } from '../live/live.options';
import type { LiveSocket } from '../live/live.types';
import { SessionPresenceService } from '../live/session-presence.service';
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

  @SubscribeMessage('session:state.get')
  async state(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(joinSessionSchema)) { sessionId }: JoinSession,
  ): Promise<SessionState> {
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

  @SubscribeMessage('qa:question.ask')
  ask(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(askQuestionSchema)) input: AskQuestion,
  ): Promise<Question> {
    return this.questions.ask(socket.data.personId, input);
  }

  @SubscribeMessage('qa:question.edit')
  edit(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(editQuestionSchema)) input: EditQuestion,
  ): Promise<Question> {
    return this.questions.edit(socket.data.personId, input);
  }

  @SubscribeMessage('qa:question.withdraw')
  withdraw(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(questionRefSchema)) input: QuestionRef,
  ): Promise<Question> {
    return this.questions.withdraw(socket.data.personId, input);
  }

  @SubscribeMessage('qa:question.vote')
  vote(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(voteQuestionSchema)) input: VoteQuestion,
  ): Promise<VoteResult> {
    return this.questions.vote(socket.data.personId, input);
  }

  @SubscribeMessage('qa:question.moderate')
  moderate(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(moderateQuestionSchema)) input: ModerateQuestion,
  ): Promise<Question> {
    return this.questions.moderate(socket.data.personId, input);
  }

  @SubscribeMessage('qa:question.reply')
  reply(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(replyQuestionSchema)) input: ReplyQuestion,
  ): Promise<Question> {
    return this.questions.reply(socket.data.personId, input);
  }

  @SubscribeMessage('qa:settings.update')
  updateSettings(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(updateQaSettingsSchema)) input: UpdateQaSettings,
  ): Promise<QaSettings> {
    return this.questions.updateSettings(socket.data.personId, input);
  }

  @SubscribeMessage('hand:raise')
  raise(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(raiseHandSchema)) input: RaiseHand,
  ): Promise<MyHand> {
    return this.hands.raise(socket.data.personId, input);
  }

  @SubscribeMessage('poll:create')
  createPoll(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(createPollSchema)) input: CreatePoll,
  ): Promise<Poll> {
    return this.polls.create(socket.data.personId, input);
  }

  @SubscribeMessage('poll:open')
  openPoll(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(pollRefSchema)) input: PollRef,
  ): Promise<Poll> {
    return this.polls.open(socket.data.personId, input);
  }

  @SubscribeMessage('poll:close')
  closePoll(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(pollRefSchema)) input: PollRef,
  ): Promise<Poll> {
    return this.polls.close(socket.data.personId, input);
  }

  @SubscribeMessage('poll:show')
  showPoll(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(showPollSchema)) input: ShowPoll,
  ): Promise<Poll> {
    return this.polls.show(socket.data.personId, input);
  }

  @SubscribeMessage('poll:answer')
  answerPoll(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(answerPollSchema)) input: AnswerPoll,
  ): Promise<PollAnswer> {
    return this.polls.answer(socket.data.personId, input);
  }

  @SubscribeMessage('chat:message.send')
  sendChat(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(sendChatSchema)) input: SendChat,
  ): Promise<ChatMessage> {
    return this.chat.send(socket.data.personId, input);
  }

  @SubscribeMessage('chat:message.delete')
  deleteChat(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(deleteChatSchema)) input: DeleteChat,
  ): Promise<DeleteChat> {
    return this.chat.delete(socket.data.personId, input);
  }

  @SubscribeMessage('chat:mute')
  mute(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(muteSchema)) input: Mute,
  ): Promise<Mute> {
    return this.chat.mute(socket.data.personId, input);
  }

  @SubscribeMessage('reaction:send')
  react(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(sendReactionSchema)) input: SendReaction,
  ): Promise<null> {
    return this.reactions.send(socket.data.personId, input.sessionId, input.reaction);
  }

  @SubscribeMessage('hand:lower')
  lower(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(lowerHandSchema)) input: LowerHand,
  ): Promise<HandQueue> {
    return this.hands.lower(socket.data.personId, input);
  }
}
