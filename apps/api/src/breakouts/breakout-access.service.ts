import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { rooms } from '@hadir/contracts';
import { Repository } from 'typeorm';
import { HadirException } from '../common/hadir.exception';
import { type SessionAccess, SessionAccessService } from '../events/session-access.service';
import { BreakoutAssignmentEntity } from './entities/breakout-assignment.entity';
import { BreakoutRoomEntity } from './entities/breakout-room.entity';
import { BreakoutSetEntity } from './entities/breakout-set.entity';

/** Who hears of a set: its session's staff while it is a draft, then the whole session. */
export function audienceOf(set: BreakoutSetEntity): string {
  return set.status === 'draft' ? rooms.sessionStaff(set.sessionId) : rooms.session(set.sessionId);
}

export interface RoomAccess extends SessionAccess {
  room: BreakoutRoomEntity;
  set: BreakoutSetEntity;
  /** Staff who are not among the room's members: they drop in to help. */
  visitor: boolean;
}

/**
 * Who may be in a breakout room: its members while the set runs, and the session's staff at any
 * time. Everyone else, including members of the set's other rooms, is refused.
 */
@Injectable()
export class BreakoutAccessService {
  constructor(
    @InjectRepository(BreakoutSetEntity) private readonly sets: Repository<BreakoutSetEntity>,
    @InjectRepository(BreakoutRoomEntity) private readonly rooms: Repository<BreakoutRoomEntity>,
    @InjectRepository(BreakoutAssignmentEntity)
    private readonly assignments: Repository<BreakoutAssignmentEntity>,
    private readonly sessions: SessionAccessService,
  ) {}

  async set(personId: string, setId: string): Promise<SessionAccess & { set: BreakoutSetEntity }> {
    const set = await this.sets.findOneBy({ id: setId });
    if (!set) throw HadirException.of('breakouts.setNotFound');
    return { ...(await this.sessions.member(personId, set.sessionId)), set };
  }

  async staffOfSet(
    personId: string,
    setId: string,
  ): Promise<SessionAccess & { set: BreakoutSetEntity }> {
    const access = await this.set(personId, setId);
    if (!access.staff) {
      throw HadirException.of('breakouts.moderatorsOnly');
    }
    return access;
  }

  async room(personId: string, roomId: string): Promise<RoomAccess> {
    const room = await this.rooms.findOneBy({ id: roomId });
    if (!room) throw HadirException.of('breakouts.breakoutRoomNotFound');
    const { set, ...access } = await this.set(personId, room.setId);
    const member = await this.assignments.existsBy({ setId: set.id, personId, roomId });
    if (access.staff) return { ...access, set, room, visitor: !member };
    if (!member) throw HadirException.of('breakouts.notInRoom');
    if (set.status !== 'open' && set.status !== 'closing') {
      throw HadirException.of('breakouts.roomNotOpen');
    }
    return { ...access, set, room, visitor: false };
  }

  /**
   * Media spaces are sessions and breakout rooms: everyone in a breakout room may speak and show
   * themselves, as at a table.
   */
  async mediaSpace(personId: string, spaceId: string): Promise<SessionAccess> {
    if (!(await this.rooms.existsBy({ id: spaceId }))) {
      return this.sessions.member(personId, spaceId);
    }
    const { eventId, staff } = await this.room(personId, spaceId);
    return { eventId, staff, publisher: true };
  }
}
