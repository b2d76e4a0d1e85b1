import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type HandQueue,
  type LowerHand,
  type MyHand,
  type RaiseHand,
  type RaisedHand,
  rooms,
} from '@hadir/contracts';
import { Repository } from 'typeorm';
import { LiveEmitter } from '../realtime/live-emitter.service';
import { RaisedHandEntity } from './entities/raised-hand.entity';
import { SessionAccessService } from '../events/session-access.service';

/** Raised hands: a queue in the order hands went up, which the person or staff lower. */
@Injectable()
export class HandsService {
  constructor(
    @InjectRepository(RaisedHandEntity) private readonly hands: Repository<RaisedHandEntity>,
    private readonly sessions: SessionAccessService,
    private readonly live: LiveEmitter,
  ) {}

  /** Raising a raised hand keeps its place in the queue; the wish, not the click, is stored. */
  async raise(personId: string, input: RaiseHand): Promise<MyHand> {
    await this.sessions.member(personId, input.sessionId);
    const key = { sessionId: input.sessionId, personId };
    if (input.raised) {
      await this.hands
        .createQueryBuilder()
        .insert()
        .into(RaisedHandEntity)
        .values({ ...key, raisedAt: new Date() })
        .orIgnore()
        .execute();
    } else {
      await this.hands.delete(key);
    }
    return this.changed(input.sessionId, personId);
  }

  async lower(staffId: string, input: LowerHand): Promise<HandQueue> {
    await this.sessions.staff(staffId, input.sessionId);
    await this.hands.delete({ sessionId: input.sessionId, personId: input.personId });
    await this.changed(input.sessionId, input.personId);
    return this.queue(input.sessionId);
  }

  async queue(sessionId: string): Promise<HandQueue> {
    const rows = await this.hands.find({
      where: { sessionId },
      relations: { person: true },
      order: { raisedAt: 'ASC', personId: 'ASC' },
    });
    return { sessionId, hands: rows.map(toRaisedHand) };
  }

  async mine(personId: string, sessionId: string): Promise<MyHand> {
    const row = await this.hands.findOneBy({ sessionId, personId });
    return { sessionId, raisedAt: row?.raisedAt.toISOString() ?? null };
  }

  private async changed(sessionId: string, personId: string): Promise<MyHand> {
    const [queue, mine] = await Promise.all([
      this.queue(sessionId),
      this.mine(personId, sessionId),
    ]);
    this.live.toRoom(rooms.sessionStaff(sessionId), 'hand:queue.changed', queue);
    this.live.toRoom(rooms.person(personId), 'hand:mine.changed', mine);
    return mine;
  }
}

function toRaisedHand(row: RaisedHandEntity): RaisedHand {
  return {
    personId: row.personId,
    name: row.person?.name ?? '',
    raisedAt: row.raisedAt.toISOString(),
  };
}
