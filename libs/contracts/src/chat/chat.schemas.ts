import { z } from 'zod';
import { idSchema, isoInstantSchema } from '../common/ids';

export const CHAT_MESSAGE_MAX = 500;
/** How many messages a session page loads; older ones stay in the database. */
export const CHAT_HISTORY = 100;
/** A flood limit: at most this many messages of one person in one chat per window. */
export const CHAT_BURST = { messages: 10, windowSeconds: 20 } as const;

/** A chat message's text, in a session's chat or a breakout room's. */
export const chatTextSchema = z
  .string()
  .trim()
  .min(1, 'Write a message')
  .max(CHAT_MESSAGE_MAX, `At most ${CHAT_MESSAGE_MAX} characters`);

export const sendChatSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  text: chatTextSchema,
});
export type SendChat = z.infer<typeof sendChatSchema>;

export const chatMessageSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  author: z.object({ id: idSchema, name: z.string() }),
  text: z.string(),
  sentAt: isoInstantSchema,
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

export const deleteChatSchema = z.object({ sessionId: idSchema, messageId: idSchema });
export type DeleteChat = z.infer<typeof deleteChatSchema>;

export const muteSchema = z.object({
  sessionId: idSchema,
  personId: idSchema,
  muted: z.boolean(),
});
export type Mute = z.infer<typeof muteSchema>;

/** Emoji the audience can send; a fixed set keeps the burst readable and the payload tiny. */
export const REACTIONS = ['👏', '👍', '❤️', '😂', '🎉', '🤔'] as const;
export const reactionSchema = z.enum(REACTIONS);
export type Reaction = z.infer<typeof reactionSchema>;

export const sendReactionSchema = z.object({ sessionId: idSchema, reaction: reactionSchema });
export type SendReaction = z.infer<typeof sendReactionSchema>;

/** Reactions since the last burst, counted: at most a few messages a second to the room. */
export const reactionBurstSchema = z.object({
  sessionId: idSchema,
  counts: z.record(z.string(), z.number().int()),
});
export type ReactionBurst = z.infer<typeof reactionBurstSchema>;
