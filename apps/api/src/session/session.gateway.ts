import { UseInterceptors } from '@nestjs/common';
import { WebSocketGateway } from '@nestjs/websockets';
import { type JoinSession, type SessionState } from '@hadir/contracts';
import { LiveHandler } from '../realtime/live-handler.decorator';
import { LiveAckInterceptor } from '../realtime/live-ack.interceptor';
import { LIVE_GATEWAY_OPTIONS } from '../realtime/live.options';
import type { LiveSocket } from '../realtime/live.types';
import { SessionPresenceService } from '../realtime/session-presence.service';
import { ChatService } from '../chat/chat.service';
import { SessionAccessService } from '../events/session-access.service';
import { HandsService } from '../hands/hands.service';
import { PollsService } from '../polls/polls.service';
import { QuestionsService } from '../qna/questions.service';

/** The session as it stands for one viewer, gathered from each of its features. */
@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseInterceptors(LiveAckInterceptor)
export class SessionGateway {
  constructor(
    private readonly questions: QuestionsService,
    private readonly hands: HandsService,
    private readonly polls: PollsService,
    private readonly chat: ChatService,
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
}
