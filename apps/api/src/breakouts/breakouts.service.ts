import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  type AssignBreakout,
  type AssignmentSource,
  type AutoAssignBreakout,
  type BreakoutBroadcast,
  type BreakoutHelp,
  type BreakoutMember,
  type BreakoutSet,
  type BreakoutState,
  type BroadcastBreakout,
  type ChooseBreakoutRoom,
  type CloseBreakout,
  type ExtendBreakout,
  type OpenBreakout,
  type ReuseBreakout,
  rooms,
  type SaveBreakoutSet,
  type ShowBreakoutNotes,
} from '@hadir/contracts';
import { type AssignablePerson, autoAssign, dateInZone } from '@hadir/domain';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import { CheckInService } from '../checkin/check-in.service';
import { HadirException } from '../common/hadir.exception';
import { EventsService } from '../events/events.service';
import { AccessService } from '../identity/access.service';
import { PeopleDirectory } from '../identity/people-directory.service';
import { SessionAccessService } from '../events/session-access.service';
import { LiveEmitter } from '../realtime/live-emitter.service';
import { audienceOf, BreakoutAccessService } from './breakout-access.service';
import { BreakoutRoomsService } from './breakout-rooms.service';
import { BreakoutAssignmentEntity } from './entities/breakout-assignment.entity';
import { BreakoutRoomEntity } from './entities/breakout-room.entity';
import { BreakoutSetEntity } from './entities/breakout-set.entity';

const RUNNING = ['open', 'closing'] as const;

/**
 * Breakout sets of a session: preparing the rooms, sharing people out, and running them. Every
 * change is pushed as the whole set, to the session's staff while it is a draft and to the whole
 * session once it runs, so each member's app follows its person into and out of their room.
 */
@Injectable()
export class BreakoutsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(BreakoutSetEntity) private readonly sets: Repository<BreakoutSetEntity>,
    @InjectRepository(BreakoutRoomEntity) private readonly rooms: Repository<BreakoutRoomEntity>,
    @InjectRepository(BreakoutAssignmentEntity)
    private readonly assignments: Repository<BreakoutAssignmentEntity>,
    private readonly access: BreakoutAccessService,
    private readonly inside: BreakoutRoomsService,
    private readonly sessions: SessionAccessService,
    private readonly identity: AccessService,
    private readonly events: EventsService,
    private readonly directory: PeopleDirectory,
    private readonly checkIns: CheckInService,
    private readonly live: LiveEmitter,
  ) {}

  async state(personId: string, sessionId: string): Promise<BreakoutState> {
    const { eventId, staff } = await this.sessions.member(personId, sessionId);
    const sets = await this.sets.find({
      where: staff ? { sessionId } : { sessionId, status: In(['open', 'closing', 'closed']) },
      order: { createdAt: 'ASC' },
    });
    return {
      sessionId,
      staff,
      sets: await Promise.all(sets.map((set) => this.view(set))),
      people: await this.people(eventId, { sessionId, staff }),
      now: new Date().toISOString(),
    };
  }

  /** Creates a draft, or replaces a draft's rooms; assignments to rooms that stay are kept. */
  async save(personId: string, input: SaveBreakoutSet): Promise<BreakoutSet> {
    const { eventId } = await this.sessions.staff(personId, input.sessionId);
    const facilitators = [...new Set(input.rooms.flatMap((room) => room.facilitatorId ?? []))];
    await this.requireMembers(eventId, facilitators, 'breakouts.facilitatorNotInEvent');
    const existing = await this.sets.findOneBy({ id: input.id });
    if (existing && existing.sessionId !== input.sessionId) {
      throw HadirException.of('breakouts.setIdTaken');
    }
    if (existing && existing.status !== 'draft') {
      throw HadirException.of('breakouts.alreadyOpened');
    }
    const taken = await this.rooms.find({ where: { id: In(input.rooms.map((room) => room.id)) } });
    if (taken.some((room) => room.setId !== input.id)) {
      throw HadirException.of('breakouts.roomIdTaken');
    }
    await this.dataSource.transaction(async (manager) => {
      if (existing) {
        await manager.update(BreakoutSetEntity, existing.id, {
          name: input.name,
          selfSelect: input.selfSelect,
        });
        const kept = input.rooms.map((room) => room.id);
        await manager
          .createQueryBuilder()
          .delete()
          .from(BreakoutRoomEntity)
          .where('set_id = :setId', { setId: input.id })
          .andWhere(kept.length ? 'id NOT IN (:...kept)' : '1=1', { kept })
          .execute();
      } else {
        await manager.insert(BreakoutSetEntity, {
          id: input.id,
          sessionId: input.sessionId,
          name: input.name,
          status: 'draft',
          selfSelect: input.selfSelect,
          openedAt: null,
          endsAt: null,
          closesAt: null,
          closedAt: null,
          graceSeconds: 60,
          shownRoomId: null,
          broadcastId: null,
          broadcastText: null,
          broadcastAt: null,
          createdBy: personId,
          createdAt: new Date(),
        });
      }
      await manager.upsert(
        BreakoutRoomEntity,
        input.rooms.map((room, position) => ({
          id: room.id,
          setId: input.id,
          position,
          name: room.name,
          kind: room.kind,
          tableLabel: room.kind === 'hybrid' ? room.tableLabel : null,
          facilitatorId: room.facilitatorId,
          topic: room.topic,
          capacity: room.capacity,
          helpRequestedAt: null,
        })),
        ['id'],
      );
    });
    return this.changed(input.id);
  }

  async remove(personId: string, setId: string): Promise<{ setId: string }> {
    const { set } = await this.access.staffOfSet(personId, setId);
    if (RUNNING.includes(set.status as (typeof RUNNING)[number])) {
      throw HadirException.of('breakouts.deleteWhileOpen');
    }
    await this.sets.delete(set.id);
    this.live.toRoom(audienceOf(set), 'breakout:set.deleted', { setId, sessionId: set.sessionId });
    return { setId };
  }

  async assign(personId: string, input: AssignBreakout): Promise<BreakoutSet> {
    const { set, eventId } = await this.access.staffOfSet(personId, input.setId);
    this.requireNotClosed(set);
    const roomIds = new Set((await this.roomsOf(set.id)).map((room) => room.id));
    for (const move of input.moves) {
      if (move.roomId !== null && !roomIds.has(move.roomId)) {
        throw HadirException.of('breakouts.namedRoomNotInSet');
      }
    }
    await this.requireMembers(eventId, [...new Set(input.moves.map((move) => move.personId))]);
    await this.dataSource.transaction(async (manager) => {
      const leaving = input.moves.filter((move) => move.roomId === null);
      if (leaving.length) {
        await manager.delete(BreakoutAssignmentEntity, {
          setId: set.id,
          personId: In(leaving.map((move) => move.personId)),
        });
      }
      const placed = new Map<string, string>();
      for (const move of input.moves) if (move.roomId) placed.set(move.personId, move.roomId);
      await this.place(manager, set.id, placed, input.source, personId);
    });
    return this.changed(set.id);
  }

  async autoAssign(personId: string, input: AutoAssignBreakout): Promise<BreakoutSet> {
    const { set, eventId } = await this.access.staffOfSet(personId, input.setId);
    this.requireNotClosed(set);
    const [roomRows, people] = await Promise.all([
      this.roomsOf(set.id),
      this.people(eventId, { sessionId: set.sessionId, staff: true }),
    ]);
    const tables = input.keepInPersonAtTables
      ? await this.tablesOf(set, eventId, roomRows)
      : new Map<string, string>();
    const candidates: AssignablePerson[] = people
      .filter((person) => person.participant)
      .filter((person) => !input.onlyPresent || person.inPerson || person.following)
      .map((person) => ({
        id: person.personId,
        country: person.country,
        category: person.category,
        inPerson: person.inPerson,
        tableRoomId: person.inPerson ? (tables.get(person.personId) ?? null) : null,
      }));
    const assignment = autoAssign(
      candidates,
      roomRows.map((room) => ({
        id: room.id,
        hybrid: room.kind === 'hybrid',
        capacity: room.capacity,
      })),
      {
        mixCountries: input.mixCountries,
        categories: input.categories,
        keepInPersonAtTables: input.keepInPersonAtTables,
      },
    );
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(BreakoutAssignmentEntity, { setId: set.id });
      await this.place(manager, set.id, assignment, 'auto', personId);
    });
    return this.changed(set.id);
  }

  /** Takes another set's groups: its rooms are matched by name, then table, then order. */
  async reuse(personId: string, input: ReuseBreakout): Promise<BreakoutSet> {
    const { set, eventId } = await this.access.staffOfSet(personId, input.setId);
    this.requireNotClosed(set);
    const from = await this.access.set(personId, input.fromSetId);
    if (from.eventId !== eventId || from.set.id === set.id) {
      throw HadirException.of('breakouts.reuseSetInvalid');
    }
    const [target, source, previous] = await Promise.all([
      this.roomsOf(set.id),
      this.roomsOf(from.set.id),
      this.assignments.findBy({ setId: from.set.id }),
    ]);
    const match = new Map<string, string>();
    for (const room of source) {
      const same =
        target.find((t) => t.name.toLowerCase() === room.name.toLowerCase()) ??
        target.find((t) => t.tableLabel !== null && t.tableLabel === room.tableLabel) ??
        target[room.position];
      if (same) match.set(room.id, same.id);
    }
    const placed = new Map<string, string>();
    for (const row of previous) {
      const roomId = match.get(row.roomId);
      if (roomId) placed.set(row.personId, roomId);
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(BreakoutAssignmentEntity, { setId: set.id });
      await this.place(manager, set.id, placed, 'reuse', personId);
    });
    return this.changed(set.id);
  }

  /**
   * A participant picks a room themselves, when the set allows it and the room has space. Staff
   * are not shared out: they place people from the board and visit any room instead.
   */
  async choose(personId: string, input: ChooseBreakoutRoom): Promise<BreakoutSet> {
    const { set, staff } = await this.access.set(personId, input.setId);
    if (staff) {
      throw HadirException.of('breakouts.staffCannotChoose');
    }
    if (!set.selfSelect) throw HadirException.of('breakouts.assignedByStaff');
    this.requireNotClosed(set);
    await this.dataSource.transaction(async (manager) => {
      const room = await this.lockRoom(manager, input.roomId);
      if (!room || room.setId !== set.id) throw HadirException.of('breakouts.chosenRoomNotFound');
      const current = await manager.findOneBy(BreakoutAssignmentEntity, {
        setId: set.id,
        personId,
      });
      if (current?.roomId === room.id) return;
      const size = await manager.countBy(BreakoutAssignmentEntity, { roomId: room.id });
      if (room.capacity !== null && size >= room.capacity) {
        throw HadirException.of('breakouts.roomFull', { room: room.name });
      }
      await this.place(manager, set.id, new Map([[personId, room.id]]), 'self', personId);
    });
    return this.changed(set.id);
  }

  async open(personId: string, input: OpenBreakout): Promise<BreakoutSet> {
    const { set } = await this.access.staffOfSet(personId, input.setId);
    if (RUNNING.includes(set.status as (typeof RUNNING)[number])) return this.view(set);
    if (set.status !== 'draft') {
      throw HadirException.of('breakouts.closedCannotReopen');
    }
    const running = await this.sets.findOneBy({
      sessionId: set.sessionId,
      status: In([...RUNNING]),
    });
    if (running) {
      throw HadirException.of('breakouts.otherSetOpen', { set: running.name });
    }
    const now = Date.now();
    await this.sets.update(
      { id: set.id, status: 'draft' },
      {
        status: 'open',
        openedAt: new Date(now),
        endsAt: new Date(now + input.seconds * 1000),
        graceSeconds: input.graceSeconds,
      },
    );
    return this.changed(set.id);
  }

  /** More time; during the closing countdown it calls the close off. */
  async extend(personId: string, input: ExtendBreakout): Promise<BreakoutSet> {
    const { set } = await this.access.staffOfSet(personId, input.setId);
    this.requireRunning(set);
    const from = Math.max(Date.now(), set.status === 'open' ? (set.endsAt?.getTime() ?? 0) : 0);
    await this.sets.update(set.id, {
      status: 'open',
      closesAt: null,
      endsAt: new Date(from + input.seconds * 1000),
    });
    return this.changed(set.id);
  }

  async close(personId: string, input: CloseBreakout): Promise<BreakoutSet> {
    const { set } = await this.access.staffOfSet(personId, input.setId);
    this.requireRunning(set);
    const now = Date.now();
    const closesAt = now + input.graceSeconds * 1000;
    if (input.graceSeconds === 0 || (set.closesAt && set.closesAt.getTime() <= closesAt)) {
      if (input.graceSeconds === 0) await this.finish(set.id, new Date(now));
      return this.changed(set.id);
    }
    await this.sets.update(set.id, { status: 'closing', closesAt: new Date(closesAt) });
    return this.changed(set.id);
  }

  /** The timer: rooms whose time is up start closing; rooms whose grace is over close. */
  async tick(now = new Date()): Promise<void> {
    const due = await this.sets
      .createQueryBuilder('set')
      .where("(set.status = 'open' AND set.ends_at <= :now)", { now })
      .orWhere("(set.status = 'closing' AND set.closes_at <= :now)", { now })
      .getMany();
    for (const set of due) {
      if (set.status === 'open') {
        const closesAt = new Date(now.getTime() + set.graceSeconds * 1000);
        // Conditional on the status read, so of several nodes ticking at once only one acts.
        const { affected } = await this.sets.update(
          { id: set.id, status: 'open' },
          set.graceSeconds === 0
            ? { status: 'closed', closedAt: now, closesAt: now }
            : { status: 'closing', closesAt },
        );
        if (affected) await this.changed(set.id);
      } else if (await this.finish(set.id, now)) {
        await this.changed(set.id);
      }
    }
  }

  async broadcast(personId: string, input: BroadcastBreakout): Promise<BreakoutBroadcast> {
    const { set } = await this.access.staffOfSet(personId, input.setId);
    if (set.broadcastId === input.id && set.broadcastAt) return this.broadcastOf(set, personId);
    this.requireRunning(set);
    await this.sets.update(set.id, {
      broadcastId: input.id,
      broadcastText: input.text,
      broadcastAt: new Date(),
    });
    const saved = (await this.sets.findOneBy({ id: set.id })) as BreakoutSetEntity;
    const message = await this.broadcastOf(saved, personId);
    this.live.toRoom(rooms.session(set.sessionId), 'breakout:broadcast', message);
    return message;
  }

  /** A room calls for help, or its call is answered; staff see it on the overview. */
  async help(personId: string, input: BreakoutHelp): Promise<BreakoutSet> {
    const { set, room } = await this.access.room(personId, input.roomId);
    this.requireRunning(set);
    await this.rooms.update(room.id, { helpRequestedAt: input.needed ? new Date() : null });
    return this.changed(set.id);
  }

  async showNotes(personId: string, input: ShowBreakoutNotes): Promise<BreakoutSet> {
    const { set } = await this.access.staffOfSet(personId, input.setId);
    if (
      input.roomId !== null &&
      !(await this.rooms.existsBy({ id: input.roomId, setId: set.id }))
    ) {
      throw HadirException.of('breakouts.roomNotInSet');
    }
    await this.sets.update(set.id, { shownRoomId: input.roomId });
    if (input.roomId !== null) this.inside.shownNotesChanged(input.roomId);
    return this.changed(set.id);
  }

  async view(set: BreakoutSetEntity): Promise<BreakoutSet> {
    const [roomRows, members] = await Promise.all([
      this.rooms.find({
        where: { setId: set.id },
        relations: { facilitator: true },
        order: { position: 'ASC' },
      }),
      this.assignments.find({ where: { setId: set.id }, order: { assignedAt: 'ASC' } }),
    ]);
    return {
      id: set.id,
      sessionId: set.sessionId,
      name: set.name,
      status: set.status,
      selfSelect: set.selfSelect,
      openedAt: set.openedAt?.toISOString() ?? null,
      endsAt: set.endsAt?.toISOString() ?? null,
      closesAt: set.closesAt?.toISOString() ?? null,
      closedAt: set.closedAt?.toISOString() ?? null,
      graceSeconds: set.graceSeconds,
      shownRoomId: set.shownRoomId,
      lastBroadcast:
        set.broadcastId && set.broadcastText && set.broadcastAt
          ? { id: set.broadcastId, text: set.broadcastText, sentAt: set.broadcastAt.toISOString() }
          : null,
      rooms: roomRows.map((room) => ({
        id: room.id,
        name: room.name,
        kind: room.kind,
        tableLabel: room.tableLabel,
        facilitator: room.facilitator
          ? { id: room.facilitator.id, name: room.facilitator.name }
          : null,
        topic: room.topic,
        capacity: room.capacity,
        memberIds: members.filter((row) => row.roomId === room.id).map((row) => row.personId),
        helpRequestedAt: room.helpRequestedAt?.toISOString() ?? null,
      })),
    };
  }

  /** The event's people as breakouts need them: participants, and whether they are in the hall. */
  async people(
    eventId: string,
    viewer: { sessionId: string; staff: boolean },
  ): Promise<BreakoutMember[]> {
    const event = await this.events.find(eventId);
    const [roles, inHall, following] = await Promise.all([
      this.directory.rolesIn(eventId),
      this.checkIns.inside(eventId, dateInZone(new Date(), event.timezone)),
      this.followingNow(viewer.sessionId),
    ]);
    const byPerson = new Map<string, BreakoutMember>();
    for (const role of roles) {
      if (!role.person) continue;
      const member = byPerson.get(role.personId) ?? {
        personId: role.personId,
        name: role.person.name,
        country: role.person.country,
        category: role.person.category,
        inPerson: inHall.has(role.personId),
        participant: false,
        following: following.has(role.personId),
        email: viewer.staff ? role.person.email : null,
      };
      member.participant ||= role.role === 'participant';
      byPerson.set(role.personId, member);
    }
    return [...byPerson.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  private async broadcastOf(set: BreakoutSetEntity, personId: string): Promise<BreakoutBroadcast> {
    return {
      id: set.broadcastId as string,
      setId: set.id,
      sessionId: set.sessionId,
      text: set.broadcastText ?? '',
      from: await this.identity.nameOf(personId),
      sentAt: (set.broadcastAt as Date).toISOString(),
    };
  }

  private async finish(setId: string, now: Date): Promise<boolean> {
    const { affected } = await this.sets.update(
      { id: setId, status: In([...RUNNING]) },
      { status: 'closed', closedAt: now, closesAt: now },
    );
    if (affected) await this.rooms.update({ setId }, { helpRequestedAt: null });
    return (affected ?? 0) > 0;
  }

  /** Pushes the set as it now stands and returns it. */
  private async changed(setId: string): Promise<BreakoutSet> {
    const set = await this.sets.findOneByOrFail({ id: setId });
    const view = await this.view(set);
    this.live.toRoom(audienceOf(set), 'breakout:set.changed', view);
    return view;
  }

  private async place(
    manager: EntityManager,
    setId: string,
    placed: Map<string, string>,
    source: AssignmentSource,
    by: string,
  ): Promise<void> {
    if (placed.size === 0) return;
    const assignedAt = new Date();
    await manager.upsert(
      BreakoutAssignmentEntity,
      [...placed].map(([personId, roomId]) => ({
        setId,
        personId,
        roomId,
        source,
        assignedBy: by,
        assignedAt,
      })),
      ['setId', 'personId'],
    );
  }

  /**
   * The table each in-person participant sits at: the hybrid room they are in now, or else the
   * table (by label) they sat at in this event's latest earlier set.
   */
  private async tablesOf(
    set: BreakoutSetEntity,
    eventId: string,
    roomRows: BreakoutRoomEntity[],
  ): Promise<Map<string, string>> {
    const byLabel = new Map(
      roomRows.flatMap((room) => (room.tableLabel ? [[room.tableLabel, room.id] as const] : [])),
    );
    const tables = new Map<string, string>();
    const earlier = await this.assignments
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.room', 'room')
      .innerJoin('a.set', 'set')
      .where('room.kind = :hybrid', { hybrid: 'hybrid' })
      .innerJoin('set.session', 'session')
      .andWhere('session.event_id = :eventId', { eventId })
      .orderBy('a.assigned_at', 'ASC')
      .getMany();
    // Oldest first, so the latest earlier table wins; where staff seat someone in this set wins.
    for (const row of earlier) {
      const roomId = row.room?.tableLabel ? byLabel.get(row.room.tableLabel) : undefined;
      if (roomId && row.setId !== set.id) tables.set(row.personId, roomId);
    }
    for (const row of earlier) if (row.setId === set.id) tables.set(row.personId, row.roomId);
    return tables;
  }

  private async followingNow(sessionId: string): Promise<Set<string>> {
    const sockets = await this.live.socketDataIn(rooms.session(sessionId));
    return new Set(sockets.map((data) => data.personId));
  }

  private roomsOf(setId: string): Promise<BreakoutRoomEntity[]> {
    return this.rooms.find({ where: { setId }, order: { position: 'ASC' } });
  }

  private async requireMembers(
    eventId: string,
    personIds: string[],
    notFound:
      | 'breakouts.personNotInEvent'
      | 'breakouts.facilitatorNotInEvent' = 'breakouts.personNotInEvent',
  ): Promise<void> {
    if (personIds.length === 0) return;
    const known = await this.directory.inEvent(eventId, personIds);
    if (personIds.some((id) => !known.has(id))) {
      throw HadirException.of(notFound);
    }
  }

  private lockRoom(manager: EntityManager, roomId: string): Promise<BreakoutRoomEntity | null> {
    // SQLite runs one writing transaction at a time already; PostgreSQL needs the row locked so
    // that two people taking the last place cannot both get it.
    return manager.findOne(BreakoutRoomEntity, {
      where: { id: roomId },
      ...(manager.connection.options.type === 'postgres'
        ? { lock: { mode: 'pessimistic_write' as const } }
        : {}),
    });
  }

  private requireNotClosed(set: BreakoutSetEntity): void {
    if (set.status === 'closed') {
      throw HadirException.of('breakouts.setClosed');
    }
  }

  private requireRunning(set: BreakoutSetEntity): void {
    if (set.status !== 'open' && set.status !== 'closing') {
      throw HadirException.of('breakouts.setNotOpen');
    }
  }
}
