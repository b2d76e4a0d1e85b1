import { randomUUID } from 'node:crypto';
import {
  type BreakoutChatMessage,
  type BreakoutNotesText,
  type BreakoutRoomHere,
  type BreakoutRoomInput,
  type BreakoutRoomState,
  type BreakoutSet,
  type BreakoutState,
  type DemoPerson,
  type JoinedMedia,
} from '@hadir/contracts';
import * as Y from 'yjs';
import { BreakoutsService } from '../../src/breakouts/breakouts.service';
import { databasesUnderTest } from '../support/databases';
import { eventually } from '../support/eventually';
import { call, sessionStage, type SignedIn } from '../support/session-live';
import { demoPeople, type LiveClient, nextEvent, signIn, withRole } from '../support/test-app';

const refused = { ok: false, error: { code: 'FORBIDDEN' } };

const rooms = (
  kinds: ('virtual' | 'hybrid')[],
  capacity: number | null = null,
): BreakoutRoomInput[] =>
  kinds.map((kind, index) => ({
    id: randomUUID(),
    name: `Room ${index + 1}`,
    kind,
    tableLabel: kind === 'hybrid' ? `Table ${index + 1}` : null,
    facilitatorId: null,
    topic: '',
    capacity,
  }));

describe.each(databasesUnderTest())('breakout rooms on $kind', ({ create }) => {
  const stage = sessionStage(create, { mediaWorkers: 1 });
  let moderator: SignedIn;
  let ana: SignedIn;
  let budi: SignedIn;
  let citra: SignedIn;
  let people: DemoPerson[];

  const save = (
    socket: LiveClient,
    sessionId: string,
    kinds: ('virtual' | 'hybrid')[],
    more = {},
  ) =>
    call<BreakoutSet>(
      socket.emitWithAck('breakout:set.save', {
        id: randomUUID(),
        sessionId,
        name: 'Group work',
        selfSelect: false,
        rooms: rooms(kinds),
        ...more,
      }),
    );
  const state = (socket: LiveClient, sessionId: string) =>
    call<BreakoutState>(socket.emitWithAck('breakout:state.get', { sessionId }));

  beforeAll(async () => {
    ({
      moderator,
      participants: [ana, budi, citra],
    } = stage.cast);
    people = await demoPeople(stage.app);
  });

  it('should share the 61 participants over 5 rooms with countries mixed, even sizes and the hall at its tables', async () => {
    const sessionId = stage.freshSession();
    const facilitator = people.find(withRole('facilitator'));
    if (!facilitator) throw new Error('The demo lacks a facilitator');
    const desk = await stage.join(
      { ...(await signIn(stage.app, facilitator)), id: facilitator.id, name: facilitator.name },
      sessionId,
    );
    const participants = people.filter((p) => p.roles.includes('participant'));
    expect(participants).toHaveLength(61);
    const inHall = participants.filter((p) => p.attendanceMode === 'in_person');
    const { eventId } = stage.cast;
    for (const person of inHall) {
      await call(
        desk.emitWithAck('checkin:scan.record', {
          id: randomUUID(),
          eventId,
          method: 'search',
          personId: person.id,
          deviceId: 'Front desk',
          scannedAt: new Date().toISOString(),
        }),
      );
    }
    // Earlier in the week the hall's people sat at three tables.
    const earlier = await save(desk, sessionId, ['hybrid', 'hybrid', 'hybrid']);
    const seat = new Map(inHall.map((person, index) => [person.id, `Table ${(index % 3) + 1}`]));
    await call(
      desk.emitWithAck('breakout:assign', {
        setId: earlier.id,
        source: 'manual',
        moves: inHall.map((person, index) => ({
          personId: person.id,
          roomId: earlier.rooms[index % 3].id,
        })),
      }),
    );

    const set = await save(desk, sessionId, ['hybrid', 'hybrid', 'hybrid', 'virtual', 'virtual']);
    const shared = await call<BreakoutSet>(
      desk.emitWithAck('breakout:assign.auto', {
        setId: set.id,
        mixCountries: true,
        categories: 'any',
        keepInPersonAtTables: true,
        onlyPresent: false,
      }),
    );

    const roomOf = new Map(shared.rooms.flatMap((room) => room.memberIds.map((id) => [id, room])));
    expect(roomOf.size).toBe(61);
    const sizes = shared.rooms.map((room) => room.memberIds.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    for (const person of inHall)
      expect(roomOf.get(person.id)?.tableLabel).toBe(seat.get(person.id));
    for (const country of new Set(participants.map((person) => person.country))) {
      const group = participants.filter((person) => person.country === country);
      const atOneTable = [...new Set(seat.values())].map(
        (table) => group.filter((person) => seat.get(person.id) === table).length,
      );
      // Two of a country share a room only when there are more of them than rooms, or when
      // they already sat at the same table.
      const unavoidable = Math.max(Math.ceil(group.length / 5), ...atOneTable);
      for (const room of shared.rooms) {
        const here = group.filter((person) => roomOf.get(person.id)?.id === room.id).length;
        expect({ country, room: room.name, here }).toEqual({
          country,
          room: room.name,
          here: Math.min(here, unavoidable),
        });
      }
    }
    const seen = await state(desk, sessionId);
    expect(seen.people.filter((p) => p.participant && p.inPerson)).toHaveLength(inHall.length);
  });

  it('should open the rooms, end them on time with a grace countdown, and refuse participants every staff action', async () => {
    const sessionId = stage.freshSession();
    const desk = await stage.join(moderator, sessionId);
    const anaSocket = await stage.join(ana, sessionId);
    const set = await save(desk, sessionId, ['virtual', 'virtual']);
    const moves = [{ personId: ana.id, roomId: set.rooms[0].id }];

    expect(
      await anaSocket.emitWithAck('breakout:assign', { setId: set.id, source: 'manual', moves }),
    ).toMatchObject(refused);
    await call(desk.emitWithAck('breakout:assign', { setId: set.id, source: 'manual', moves }));
    expect(
      await anaSocket.emitWithAck('breakout:open', {
        setId: set.id,
        seconds: 600,
        graceSeconds: 30,
      }),
    ).toMatchObject(refused);
    // A draft is the staff's business: participants do not see it.
    expect((await state(anaSocket, sessionId)).sets).toEqual([]);

    const opened = nextEvent(anaSocket, 'breakout:set.changed');
    await call(
      desk.emitWithAck('breakout:open', { setId: set.id, seconds: 600, graceSeconds: 30 }),
    );
    const seen = await opened;
    expect(seen.status).toBe('open');
    expect(seen.rooms[0].memberIds).toEqual([ana.id]);
    for (const request of [
      anaSocket.emitWithAck('breakout:close', { setId: set.id, graceSeconds: 0 }),
      anaSocket.emitWithAck('breakout:extend', { setId: set.id, seconds: 60 }),
      anaSocket.emitWithAck('breakout:broadcast', { id: randomUUID(), setId: set.id, text: 'Hi' }),
      anaSocket.emitWithAck('breakout:assign', { setId: set.id, source: 'manual', moves }),
    ]) {
      expect(await request).toMatchObject(refused);
    }

    const broadcastId = randomUUID();
    const heard = nextEvent(anaSocket, 'breakout:broadcast');
    const sent = await call(
      desk.emitWithAck('breakout:broadcast', {
        id: broadcastId,
        setId: set.id,
        text: 'Five minutes left',
      }),
    );
    expect(await heard).toEqual(sent);
    expect(
      await call(
        desk.emitWithAck('breakout:broadcast', {
          id: broadcastId,
          setId: set.id,
          text: 'Five minutes left',
        }),
      ),
    ).toEqual(sent);

    const clock = stage.app.app.get(BreakoutsService);
    const endsAt = Date.parse(seen.endsAt ?? '');
    const closing = nextEvent(anaSocket, 'breakout:set.changed');
    await clock.tick(new Date(endsAt + 1000));
    const countdown = await closing;
    expect(countdown.status).toBe('closing');
    expect(Date.parse(countdown.closesAt ?? '')).toBe(endsAt + 1000 + 30_000);
    // A second node ticking at the same moment changes nothing more.
    await clock.tick(new Date(endsAt + 1000));
    expect((await state(desk, sessionId)).sets[0].closesAt).toBe(countdown.closesAt);

    const closed = nextEvent(anaSocket, 'breakout:set.changed');
    await clock.tick(new Date(endsAt + 32_000));
    expect((await closed).status).toBe('closed');
  });

  it('should tell a room’s members who has it open now, at the table or from home', async () => {
    const sessionId = stage.freshSession();
    const desk = await stage.join(moderator, sessionId);
    const anaSocket = await stage.join(ana, sessionId);
    const budiSocket = await stage.join(budi, sessionId, 'in_person');
    const set = await save(desk, sessionId, ['hybrid']);
    const [table] = set.rooms;
    await call(
      desk.emitWithAck('breakout:assign', {
        setId: set.id,
        source: 'manual',
        moves: [ana, budi, citra].map((person) => ({ personId: person.id, roomId: table.id })),
      }),
    );
    await call(desk.emitWithAck('breakout:open', { setId: set.id, seconds: 600, graceSeconds: 0 }));
    const pushes: BreakoutRoomHere[] = [];
    anaSocket.on('breakout:room.here', (present) => pushes.push(present));
    const heard = async (expected: BreakoutRoomHere['here']) => {
      const sorted = (here: BreakoutRoomHere['here']) =>
        [...here].sort((a, b) => a.personId.localeCompare(b.personId));
      const last = await eventually(
        () => pushes.at(-1),
        (push) =>
          push !== undefined &&
          JSON.stringify(sorted(push.here)) === JSON.stringify(sorted(expected)),
      );
      expect(last && sorted(last.here)).toEqual(sorted(expected));
    };

    const entered = await call<BreakoutRoomState>(
      anaSocket.emitWithAck('breakout:room.enter', { roomId: table.id, mode: 'remote' }),
    );
    expect(entered.here).toEqual([{ personId: ana.id, mode: 'remote' }]);
    await call(
      budiSocket.emitWithAck('breakout:room.enter', { roomId: table.id, mode: 'in_person' }),
    );
    // Citra, placed in the room, has not opened it: she is in no list of who is here.
    await heard([
      { personId: ana.id, mode: 'remote' },
      { personId: budi.id, mode: 'in_person' },
    ]);
    await call(budiSocket.emitWithAck('breakout:room.leave', { roomId: table.id }));
    await heard([{ personId: ana.id, mode: 'remote' }]);
  });

  it('should keep a room’s chat and notes to its members and staff', async () => {
    const sessionId = stage.freshSession();
    const desk = await stage.join(moderator, sessionId);
    const anaSocket = await stage.join(ana, sessionId);
    const budiSocket = await stage.join(budi, sessionId);
    const set = await save(desk, sessionId, ['hybrid', 'virtual']);
    const [one, two] = set.rooms;
    await call(
      desk.emitWithAck('breakout:assign', {
        setId: set.id,
        source: 'manual',
        moves: [
          { personId: ana.id, roomId: one.id },
          { personId: budi.id, roomId: two.id },
        ],
      }),
    );
    // Not open yet: nobody but staff goes in.
    expect(
      await anaSocket.emitWithAck('breakout:room.enter', { roomId: one.id, mode: 'remote' }),
    ).toMatchObject(refused);
    await call(desk.emitWithAck('breakout:open', { setId: set.id, seconds: 600, graceSeconds: 0 }));

    await call(anaSocket.emitWithAck('breakout:room.enter', { roomId: one.id, mode: 'remote' }));
    await call(
      budiSocket.emitWithAck('breakout:room.enter', { roomId: two.id, mode: 'in_person' }),
    );
    const roomTwoChat: BreakoutChatMessage[] = [];
    anaSocket.on('breakout:chat.message', (message) => roomTwoChat.push(message));
    const said = await call<BreakoutChatMessage>(
      budiSocket.emitWithAck('breakout:chat.send', {
        id: randomUUID(),
        roomId: two.id,
        text: 'Room two only',
      }),
    );

    for (const request of [
      anaSocket.emitWithAck('breakout:room.enter', { roomId: two.id, mode: 'remote' }),
      anaSocket.emitWithAck('breakout:chat.send', { id: randomUUID(), roomId: two.id, text: 'Hi' }),
      anaSocket.emitWithAck('breakout:notes.get', { roomId: two.id }),
      anaSocket.emitWithAck('breakout:notes.update', { roomId: two.id, update: 'AAA=' }),
      anaSocket.emitWithAck('breakout:activity.watch', { setId: set.id }),
    ]) {
      expect(await request).toMatchObject(refused);
    }
    // Staff drop in anywhere and read what was said.
    const visit = await call<BreakoutRoomState>(
      desk.emitWithAck('breakout:room.enter', { roomId: two.id, mode: 'remote' }),
    );
    expect(visit.visitor).toBe(true);
    expect(visit.chat).toEqual([said]);
    expect(roomTwoChat).toEqual([]);

    // Everyone in a breakout room may send video, as at a table; others are refused the room.
    const media = await call<JoinedMedia>(anaSocket.emitWithAck('media:join', { spaceId: one.id }));
    expect(media.publishesByRole).toBe(true);
    expect(await anaSocket.emitWithAck('media:join', { spaceId: two.id })).toMatchObject(refused);
  });

  it('should keep both of two edits typed into the notes at the same time', async () => {
    const sessionId = stage.freshSession();
    const desk = await stage.join(moderator, sessionId);
    const anaSocket = await stage.join(ana, sessionId);
    const citraSocket = await stage.join(citra, sessionId);
    const set = await save(desk, sessionId, ['hybrid']);
    const roomId = set.rooms[0].id;
    await call(
      desk.emitWithAck('breakout:assign', {
        setId: set.id,
        source: 'manual',
        moves: [ana.id, citra.id].map((personId) => ({ personId, roomId })),
      }),
    );
    await call(desk.emitWithAck('breakout:open', { setId: set.id, seconds: 600, graceSeconds: 0 }));

    const editor = async (socket: LiveClient) => {
      const doc = new Y.Doc();
      const entered = await call<BreakoutRoomState>(
        socket.emitWithAck('breakout:room.enter', { roomId, mode: 'remote' }),
      );
      Y.applyUpdate(doc, Buffer.from(entered.notes, 'base64'));
      return doc;
    };
    const send = (socket: LiveClient, update: Uint8Array) =>
      call(
        socket.emitWithAck('breakout:notes.update', {
          roomId,
          update: Buffer.from(update).toString('base64'),
        }),
      );

    const first = await editor(anaSocket);
    first.getText('notes').insert(0, 'Problem: working capital\n');
    await send(anaSocket, Y.encodeStateAsUpdate(first));

    // Both start from the same text and type at once, neither having seen the other's edit.
    const ours = await editor(anaSocket);
    const theirs = await editor(citraSocket);
    const heardByCitra = nextEvent(citraSocket, 'breakout:notes.updated');
    const before = [Y.encodeStateVector(ours), Y.encodeStateVector(theirs)];
    ours.getText('notes').insert(0, 'Goal: export to Nepal\n');
    theirs.getText('notes').insert(theirs.getText('notes').length, 'Risk: shipping costs\n');
    await Promise.all([
      send(anaSocket, Y.encodeStateAsUpdate(ours, before[0])),
      send(citraSocket, Y.encodeStateAsUpdate(theirs, before[1])),
    ]);
    expect((await heardByCitra).roomId).toBe(roomId);

    const text = (await call<{ text: string }>(desk.emitWithAck('breakout:notes.get', { roomId })))
      .text;
    expect(text).toBe('Goal: export to Nepal\nProblem: working capital\nRisk: shipping costs\n');
    const late = await editor(desk);
    expect(late.getText('notes').toJSON()).toBe(text);
    expect(
      await anaSocket.emitWithAck('breakout:notes.update', {
        roomId,
        update: Buffer.from('not yjs').toString('base64'),
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('should push the shown room’s notes to the session as they are written, and no other room’s', async () => {
    const sessionId = stage.freshSession();
    const desk = await stage.join(moderator, sessionId);
    const anaSocket = await stage.join(ana, sessionId);
    const budiSocket = await stage.join(budi, sessionId);
    // Citra stands for the hall's display: in the session, in neither room.
    const display = await stage.join(citra, sessionId);
    const set = await save(desk, sessionId, ['hybrid', 'virtual']);
    const [one, two] = set.rooms;
    await call(
      desk.emitWithAck('breakout:assign', {
        setId: set.id,
        source: 'manual',
        moves: [
          { personId: ana.id, roomId: one.id },
          { personId: budi.id, roomId: two.id },
        ],
      }),
    );
    await call(desk.emitWithAck('breakout:open', { setId: set.id, seconds: 600, graceSeconds: 0 }));
    const write = async (socket: LiveClient, roomId: string, text: string) => {
      const doc = new Y.Doc();
      const entered = await call<BreakoutRoomState>(
        socket.emitWithAck('breakout:room.enter', { roomId, mode: 'remote' }),
      );
      Y.applyUpdate(doc, Buffer.from(entered.notes, 'base64'));
      const before = Y.encodeStateVector(doc);
      doc.getText('notes').insert(doc.getText('notes').length, text);
      await call(
        socket.emitWithAck('breakout:notes.update', {
          roomId,
          update: Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64'),
        }),
      );
    };

    // Collected from before staff show the room: the first push may come before the ack.
    const shown: (BreakoutNotesText & { sessionId: string })[] = [];
    display.on('breakout:notes.shown', (notes) => shown.push(notes));
    const until = async (roomId: string, text: string) => {
      while (shown.at(-1)?.roomId !== roomId || shown.at(-1)?.text !== text) {
        await nextEvent(display, 'breakout:notes.shown');
      }
    };
    await write(anaSocket, one.id, 'Ideas: cold storage');
    await call(desk.emitWithAck('breakout:notes.show', { setId: set.id, roomId: one.id }));
    await until(one.id, 'Ideas: cold storage');
    expect(shown.at(-1)).toEqual({
      sessionId,
      roomId: one.id,
      name: one.name,
      text: 'Ideas: cold storage',
    });

    await write(budiSocket, two.id, 'Room two, not shown');
    await write(anaSocket, one.id, '\nOwner: Ana');
    await until(one.id, 'Ideas: cold storage\nOwner: Ana');
    expect(shown.filter((notes) => notes.roomId === two.id)).toEqual([]);

    await call(desk.emitWithAck('breakout:notes.show', { setId: set.id, roomId: two.id }));
    await until(two.id, 'Room two, not shown');
  });

  it('should let participants, and not staff, choose a room only while it has space', async () => {
    const sessionId = stage.freshSession();
    const desk = await stage.join(moderator, sessionId);
    const anaSocket = await stage.join(ana, sessionId);
    const budiSocket = await stage.join(budi, sessionId);
    const set = await call<BreakoutSet>(
      desk.emitWithAck('breakout:set.save', {
        id: randomUUID(),
        sessionId,
        name: 'Pick a topic',
        selfSelect: true,
        rooms: rooms(['virtual', 'virtual'], 1),
      }),
    );
    await call(desk.emitWithAck('breakout:open', { setId: set.id, seconds: 600, graceSeconds: 0 }));
    const [small] = set.rooms;
    await call(anaSocket.emitWithAck('breakout:room.choose', { setId: set.id, roomId: small.id }));
    expect(
      await budiSocket.emitWithAck('breakout:room.choose', { setId: set.id, roomId: small.id }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Room 1 is full' } });
    // Staff are not shared out: they place people and visit rooms instead.
    const second = set.rooms[1];
    expect(
      await desk.emitWithAck('breakout:room.choose', { setId: set.id, roomId: second.id }),
    ).toMatchObject(refused);
    const after = await state(budiSocket, sessionId);
    expect(after.sets[0].rooms[0].memberIds).toEqual([ana.id]);
    expect(after.sets[0].rooms[1].memberIds).toEqual([]);
  });
});
