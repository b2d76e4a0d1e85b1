import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  CHAT_BURST,
  CHAT_HISTORY,
  type ChatMessage,
  type DeleteChat,
  type Mute,
  rooms,
  type SendChat,
} from '@hadir/contracts';
import { IsNull, MoreThan, Repository } from 'typeorm';
import { HadirException } from '../common/hadir.exception';
import { PeopleDirectory } from '../identity/people-directory.service';
import { LiveEmitter } from '../realtime/live-emitter.service';
import { ChatMessageEntity } from './entities/chat-message.entity';
import { ChatMuteEntity } from './entities/chat-mute.entity';
import { SessionAccessService } from '../events/session-access.service';

/** A session's chat, which its staff moderate: they delete messages and mute people. */
@Injectable()
export class ChatService {
  constructor(
    @InjectRepository(ChatMessageEntity) private readonly messages: Repository<ChatMessageEntity>,
    @InjectRepository(ChatMuteEntity) private readonly mutes: Repository<ChatMuteEntity>,
    private readonly sessions: SessionAccessService,
    private readonly directory: PeopleDirectory,
    private readonly live: LiveEmitter,
  ) {}

  /** Idempotent on the client's id: a resend returns the message and sends nothing new. */
  async send(personId: string, input: SendChat): Promise<ChatMessage> {
    const { staff } = await this.sessions.member(personId, input.sessionId);
    const existing = await this.find(input.id);
    if (existing) {
      if (existing.authorId !== personId || existing.sessionId !== input.sessionId) {
        throw HadirException.of('chat.messageIdTaken');
      }
      return toMessage(existing);
    }
    if (!staff && (await this.mutes.existsBy({ sessionId: input.sessionId, personId }))) {
      throw HadirException.of('chat.muted');
    }
    await this.checkFlood(personId, input.sessionId);
    try {
      await this.messages.insert({
        id: input.id,
        sessionId: input.sessionId,
        authorId: personId,
        text: input.text,
        sentAt: new Date(),
        deletedAt: null,
        deletedBy: null,
      });
    } catch (thrown) {
      const raced = await this.find(input.id);
      if (raced?.authorId === personId) return toMessage(raced);
      throw thrown;
    }
    const message = toMessage((await this.find(input.id)) as ChatMessageEntity);
    this.live.toRoom(rooms.session(input.sessionId), 'chat:message.created', message);
    return message;
  }

  /** Counted in the database, so the limit holds whichever API node each message reaches. */
  private async checkFlood(personId: string, sessionId: string): Promise<void> {
    const windowMs = CHAT_BURST.windowSeconds * 1000;
    const recent = await this.messages.find({
      where: { sessionId, authorId: personId, sentAt: MoreThan(new Date(Date.now() - windowMs)) },
      select: { id: true, sentAt: true },
      order: { sentAt: 'ASC' },
    });
    if (recent.length < CHAT_BURST.messages) return;
    const wait = Math.ceil((recent[0].sentAt.getTime() + windowMs - Date.now()) / 1000);
    throw HadirException.of('chat.tooManyMessages', {
      limit: CHAT_BURST.messages,
      window: CHAT_BURST.windowSeconds,
      seconds: Math.max(wait, 1),
    });
  }

  async delete(personId: string, input: DeleteChat): Promise<DeleteChat> {
    await this.sessions.staff(personId, input.sessionId);
    const message = await this.messages.findOneBy({ id: input.messageId });
    if (!message || message.sessionId !== input.sessionId) {
      throw HadirException.of('chat.messageNotFound');
    }
    if (!message.deletedAt) {
      await this.messages.update(message.id, { deletedAt: new Date(), deletedBy: personId });
    }
    this.live.toRoom(rooms.session(input.sessionId), 'chat:message.deleted', input);
    return input;
  }

  async mute(personId: string, input: Mute): Promise<Mute> {
    const { eventId } = await this.sessions.staff(personId, input.sessionId);
    const person = await this.directory.person(input.personId, eventId);
    if (!person) throw HadirException.of('events.personNotInEvent');
    const key = { sessionId: input.sessionId, personId: input.personId };
    if (input.muted) {
      await this.mutes.upsert({ ...key, mutedBy: personId, mutedAt: new Date() }, [
        'sessionId',
        'personId',
      ]);
    } else {
      await this.mutes.delete(key);
    }
    const change = { ...input, name: person.name };
    this.live.toRoom(rooms.sessionStaff(input.sessionId), 'chat:mute.changed', change);
    this.live.toRoom(rooms.person(input.personId), 'chat:mute.changed', change);
    return input;
  }

  async board(
    viewer: { personId: string; staff: boolean },
    sessionId: string,
  ): Promise<{
    chat: ChatMessage[];
    muted: boolean;
    mutedPeople: { id: string; name: string }[];
  }> {
    const [latest, muted, mutedPeople] = await Promise.all([
      this.messages.find({
        where: { sessionId, deletedAt: IsNull() },
        relations: { author: true },
        order: { sentAt: 'DESC' },
        take: CHAT_HISTORY,
      }),
      this.mutes.existsBy({ sessionId, personId: viewer.personId }),
      viewer.staff
        ? this.mutes.find({ where: { sessionId }, relations: { person: true } })
        : Promise.resolve([]),
    ]);
    return {
      chat: latest.reverse().map(toMessage),
      muted,
      mutedPeople: mutedPeople.map((row) => ({ id: row.personId, name: row.person?.name ?? '' })),
    };
  }

  private find(id: string): Promise<ChatMessageEntity | null> {
    return this.messages.findOne({ where: { id }, relations: { author: true } });
  }
}

function toMessage(row: ChatMessageEntity): ChatMessage {
  return {
    id: row.id,
    sessionId: row.sessionId,
    author: { id: row.authorId, name: row.author?.name ?? '' },
    text: row.text,
    sentAt: row.sentAt.toISOString(),
  };
}
