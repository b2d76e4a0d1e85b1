import type { AckCallback } from '../api-error';
import type {
  ChatMessage,
  DeleteChat,
  Mute,
  ReactionBurst,
  SendChat,
  SendReaction,
} from './chat.schemas';

export interface ChatClientEvents {
  'chat:message.send': (payload: SendChat, ack: AckCallback<ChatMessage>) => void;
  /** Staff only. */
  'chat:message.delete': (payload: DeleteChat, ack: AckCallback<DeleteChat>) => void;
  /** Staff only. */
  'chat:mute': (payload: Mute, ack: AckCallback<Mute>) => void;
  'reaction:send': (payload: SendReaction, ack: AckCallback<null>) => void;
}

export interface ChatServerEvents {
  'chat:message.created': (payload: ChatMessage) => void;
  'chat:message.deleted': (payload: DeleteChat) => void;
  /** To the person muted or unmuted, and to the session's staff. */
  'chat:mute.changed': (payload: Mute & { name: string }) => void;
  'reaction:burst': (payload: ReactionBurst) => void;
}
