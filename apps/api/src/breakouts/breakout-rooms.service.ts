import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  BREAKOUT_NOTES_TEXT,
  type BreakoutActivity,
  type BreakoutChatMessage,
  type BreakoutNotesText,
  type BreakoutNotesUpdate,
  type BreakoutPresent,
  type BreakoutRoomState,
  CHAT_HISTORY,
  type EnterBreakoutRoom,
  rooms,
  type SendBreakoutChat,
} from '@hadir/contracts';
import { In, Repository } from 'typeorm';
import * as Y from 'yjs';
import { HadirException } from '../common/hadir.exception';
import { Coalescer } from '../realtime/coalescer';
import { LiveEmitter } from '../realtime/live-emitter.service';
import type { LiveSocket } from '../realtime/live.types';
import { audienceOf, BreakoutAccessService } from './breakout-access.service';
import { BreakoutMessageEntity } from './entities/breakout-message.entity';
import { BreakoutNoteUpdateEntity } from './entities/breakout-note-update.entity';
import { BreakoutRoomEntity } from './entities/breakout-room.entity';
import { BreakoutSetEntity } from './entities/breakout-set.entity';

/** Past this many stored edits a room's notes are folded into one, so loading stays quick. */
const NOTES_COMPACT_AFTER = 200;
const ACTIVITY_GAP_MS = 1000;
/** The shown room's notes go out at most once a second from each node, however fast people type. */
const SHOWN_NOTES_GAP_MS = 1000;

/**
 * Inside a breakout room: who has it open, its chat, and its shared notes. The notes are a Yjs
 * document: each edit travels as an update that merges with any other in any order, so two people
 * typing at once, even through different API nodes, both keep what they wrote.
 */
@Injectable()
export class BreakoutRoomsService implements OnModuleDestroy {
  private readonly logger = new Logger(BreakoutRoomsService.name);
  private readonly activity = Coalescer.eachKey(
    (setId: string) => this.pushActivity(setId),
    { logger: this.logger, what: 'breakout activity' },
    ACTIVITY_GAP_MS,
    4,
  );
  /** Who has a room open, to its members: only when someone comes or goes. */
  private readonly presence = Coalescer.eachKey(
    async (roomId: string) =>
      this.live.toRoom(rooms.breakout(roomId), 'breakout:room.here', {
        roomId,
        here: await this.hereIn(roomId),
      }),
    { logger: this.logger, what: 'who is in a breakout room' },
    ACTIVITY_GAP_MS,
    4,
  );
  private readonly shownNotes = Coalescer.eachKey(
    (roomId: string) => this.pushShownNotes(roomId),
    { logger: this.logger, what: 'the shown notes' },
    SHOWN_NOTES_GAP_MS,
    4,
  );

  constructor(
    @InjectRepository(BreakoutMessageEntity)
    private readonly messages: Repository<BreakoutMessageEntity>,
    @InjectRepository(BreakoutNoteUpdateEntity)
    private readonly notes: Repository<BreakoutNoteUpdateEntity>,
    @InjectRepository(BreakoutRoomEntity) private readonly rooms: Repository<BreakoutRoomEntity>,
    @InjectRepository(BreakoutSetEntity) private readonly sets: Repository<BreakoutSetEntity>,
    private readonly access: BreakoutAccessService,
    private readonly live: LiveEmitter,
  ) {}

  onModuleDestroy(): void {
    this.activity.stop();
    this.presence.stop();
    this.shownNotes.stop();
  }

  async enter(socket: LiveSocket, input: EnterBreakoutRoom): Promise<BreakoutRoomState> {
    const { room, set, visitor } = await this.access.room(socket.data.personId, input.roomId);
    await socket.join(rooms.breakout(room.id));
    socket.data.breakouts = { ...socket.data.breakouts, [room.id]: input.mode };
    this.activity.mark(set.id);
    this.presence.mark(room.id);
    const [chat, notes, here] = await Promise.all([
      this.chatOf(room.id),
      this.document(room.id),
      this.hereIn(room.id),
    ]);
    return {
      roomId: room.id,
      setId: set.id,
      sessionId: set.sessionId,
      here,
      chat,
      notes: Buffer.from(Y.encodeStateAsUpdate(notes)).toString('base64'),
      visitor,
    };
  }

  async leave(socket: LiveSocket, roomId: string): Promise<{ roomId: string }> {
    await socket.leave(rooms.breakout(roomId));
    const stillIn = { ...socket.data.breakouts };
    delete stillIn[roomId];
    socket.data.breakouts = stillIn;
    await this.markRooms([roomId]);
    return { roomId };
  }

  disconnected(socket: LiveSocket): void {
    this.markRooms(Object.keys(socket.data.breakouts ?? {})).catch((error: unknown) =>
      this.logger.warn(`Could not update breakout activity: ${String(error)}`),
    );
  }

  /** Idempotent on the client's id: a resend returns the message and sends nothing new. */
  async send(personId: string, input: SendBreakoutChat): Promise<BreakoutChatMessage> {
    const { set } = await this.access.room(personId, input.roomId);
    const existing = await this.findMessage(input.id);
    if (existing) {
      if (existing.authorId !== personId || existing.roomId !== input.roomId) {
        throw HadirException.of('breakouts.messageIdTaken');
      }
      return toMessage(existing);
    }
    try {
      await this.messages.insert({
        id: input.id,
        roomId: input.roomId,
        authorId: personId,
        text: input.text,
        sentAt: new Date(),
      });
    } catch (thrown) {
      const raced = await this.findMessage(input.id);
      if (raced?.authorId === personId) return toMessage(raced);
      throw thrown;
    }
    const message = toMessage((await this.findMessage(input.id)) as BreakoutMessageEntity);
    this.live.toRoom(rooms.breakout(input.roomId), 'breakout:chat.message', message);
    this.activity.mark(set.id);
    return message;
  }

  /** An edit of the notes: kept, then passed on to the others in the room. */
  async editNotes(socket: LiveSocket, input: BreakoutNotesUpdate): Promise<null> {
    const { set } = await this.access.room(socket.data.personId, input.roomId);
    const update = Buffer.from(input.update, 'base64');
    try {
      Y.applyUpdate(new Y.Doc(), update);
    } catch {
      throw HadirException.of('breakouts.editUnreadable');
    }
    await this.notes.insert({
      id: randomUUID(),
      roomId: input.roomId,
      update: input.update,
      createdAt: new Date(),
    });
    this.live.toRoomExcept(
      rooms.breakout(input.roomId),
      [socket.id],
      'breakout:notes.updated',
      input,
    );
    this.activity.mark(set.id);
    if (set.shownRoomId === input.roomId) this.shownNotes.mark(input.roomId);
    if ((await this.notes.countBy({ roomId: input.roomId })) > NOTES_COMPACT_AFTER) {
      await this.compact(input.roomId);
    }
    return null;
  }

  /** The notes as text: for staff, for members, and for everyone once shown on the display. */
  async notesText(personId: string, roomId: string): Promise<BreakoutNotesText> {
    const room = await this.rooms.findOneBy({ id: roomId });
    if (!room) throw HadirException.of('breakouts.breakoutRoomNotFound');
    const { set } = await this.access.set(personId, room.setId);
    if (set.shownRoomId !== roomId) await this.access.room(personId, roomId);
    return this.textOf(room);
  }

  /** The room's notes are now on the display, or changed there: the session gets their text. */
  shownNotesChanged(roomId: string): void {
    this.shownNotes.mark(roomId);
  }

  async watchActivity(personId: string, setId: string): Promise<BreakoutActivity> {
    await this.access.staffOfSet(personId, setId);
    return this.activityOf(setId);
  }

  private async markRooms(roomIds: string[]): Promise<void> {
    if (roomIds.length === 0) return;
    for (const roomId of roomIds) this.presence.mark(roomId);
    const found = await this.rooms.find({ where: { id: In(roomIds) }, select: { setId: true } });
    for (const setId of new Set(found.map((room) => room.setId))) this.activity.mark(setId);
  }

  private async pushActivity(setId: string): Promise<void> {
    const set = await this.sets.findOneBy({ id: setId });
    if (!set) return;
    this.live.toRoom(
      rooms.sessionStaff(set.sessionId),
      'breakout:activity',
      await this.activityOf(setId),
    );
  }

  private async pushShownNotes(roomId: string): Promise<void> {
    const room = await this.rooms.findOneBy({ id: roomId });
    const set = room && (await this.sets.findOneBy({ id: room.setId }));
    // Staff may have shown another room, or none, since this one was marked.
    if (!room || set?.shownRoomId !== roomId) return;
    this.live.toRoom(audienceOf(set), 'breakout:notes.shown', {
      sessionId: set.sessionId,
      ...(await this.textOf(room)),
    });
  }

  private async activityOf(setId: string): Promise<BreakoutActivity> {
    const roomRows = await this.rooms.find({ where: { setId }, order: { position: 'ASC' } });
    const ids = roomRows.map((room) => room.id);
    const [counts, lastNotes] = ids.length
      ? await Promise.all([
          this.messages
            .createQueryBuilder('m')
            .select('m.room_id', 'roomId')
            .addSelect('COUNT(*)', 'messages')
            .addSelect('MAX(m.sent_at)', 'last')
            .where('m.room_id IN (:...ids)', { ids })
            .groupBy('m.room_id')
            .getRawMany<{ roomId: string; messages: string | number; last: string | Date }>(),
          this.notes
            .createQueryBuilder('n')
            .select('n.room_id', 'roomId')
            .addSelect('MAX(n.created_at)', 'last')
            .where('n.room_id IN (:...ids)', { ids })
            .groupBy('n.room_id')
            .getRawMany<{ roomId: string; last: string | Date }>(),
        ])
      : [[], []];
    return {
      setId,
      rooms: await Promise.all(
        roomRows.map(async (room) => {
          const here = await this.hereIn(room.id);
          const chat = counts.find((row) => row.roomId === room.id);
          const edited = lastNotes.find((row) => row.roomId === room.id);
          const last = [chat?.last, edited?.last]
            .filter((value) => value !== undefined && value !== null)
            .map((value) => new Date(value).getTime());
          const doc = await this.document(room.id);
          return {
            roomId: room.id,
            here,
            messages: Number(chat?.messages ?? 0),
            lastActivityAt: last.length ? new Date(Math.max(...last)).toISOString() : null,
            notesLength: doc.getText(BREAKOUT_NOTES_TEXT).length,
          };
        }),
      ),
    };
  }

  /** Everyone with the room open, on any node; someone on two devices counts once. */
  private async hereIn(roomId: string): Promise<BreakoutPresent[]> {
    const here = new Map<string, BreakoutPresent['mode']>();
    for (const data of await this.live.socketDataIn(rooms.breakout(roomId))) {
      const mode = data.breakouts?.[roomId];
      if (mode) here.set(data.personId, here.get(data.personId) === 'remote' ? 'remote' : mode);
    }
    return [...here].map(([personId, mode]) => ({ personId, mode }));
  }

  private async textOf(room: BreakoutRoomEntity): Promise<BreakoutNotesText> {
    const doc = await this.document(room.id);
    return { roomId: room.id, name: room.name, text: doc.getText(BREAKOUT_NOTES_TEXT).toJSON() };
  }

  private async document(roomId: string): Promise<Y.Doc> {
    const rows = await this.notes.find({ where: { roomId }, order: { createdAt: 'ASC' } });
    const doc = new Y.Doc();
    for (const row of rows) Y.applyUpdate(doc, Buffer.from(row.update, 'base64'));
    return doc;
  }

  /**
   * Folds the stored edits into one. Only the rows read are replaced: an edit another node
   * stores meanwhile stays as it is, and merges like any other.
   */
  private async compact(roomId: string): Promise<void> {
    await this.notes.manager.transaction(async (manager) => {
      const rows = await manager.find(BreakoutNoteUpdateEntity, {
        where: { roomId },
        order: { createdAt: 'ASC' },
      });
      if (rows.length <= 1) return;
      const merged = Y.mergeUpdates(rows.map((row) => Buffer.from(row.update, 'base64')));
      await manager.delete(BreakoutNoteUpdateEntity, { id: In(rows.map((row) => row.id)) });
      await manager.insert(BreakoutNoteUpdateEntity, {
        id: randomUUID(),
        roomId,
        update: Buffer.from(merged).toString('base64'),
        createdAt: rows[rows.length - 1].createdAt,
      });
    });
  }

  private chatOf(roomId: string): Promise<BreakoutChatMessage[]> {
    return this.messages
      .find({
        where: { roomId },
        relations: { author: true },
        order: { sentAt: 'DESC' },
        take: CHAT_HISTORY,
      })
      .then((rows) => rows.reverse().map(toMessage));
  }

  private findMessage(id: string): Promise<BreakoutMessageEntity | null> {
    return this.messages.findOne({ where: { id }, relations: { author: true } });
  }
}

function toMessage(row: BreakoutMessageEntity): BreakoutChatMessage {
  return {
    id: row.id,
    roomId: row.roomId,
    author: { id: row.authorId, name: row.author?.name ?? '' },
    text: row.text,
    sentAt: row.sentAt.toISOString(),
  };
}
