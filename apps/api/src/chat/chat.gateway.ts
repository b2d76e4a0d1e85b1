import { UseInterceptors } from '@nestjs/common';
import { WebSocketGateway } from '@nestjs/websockets';
import {
  type ChatMessage,
  type DeleteChat,
  type Mute,
  type SendChat,
  type SendReaction,
} from '@hadir/contracts';
import { LiveHandler } from '../realtime/live-handler.decorator';
import { LiveAckInterceptor } from '../realtime/live-ack.interceptor';
import { LIVE_GATEWAY_OPTIONS } from '../realtime/live.options';
import type { LiveSocket } from '../realtime/live.types';
import { ChatService } from './chat.service';
import { ReactionsService } from './reactions.service';

/** The session's chat and its reactions. Each handler's service checks who may do it first. */
@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseInterceptors(LiveAckInterceptor)
export class ChatGateway {
  constructor(
    private readonly chat: ChatService,
    private readonly reactions: ReactionsService,
  ) {}

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
}
