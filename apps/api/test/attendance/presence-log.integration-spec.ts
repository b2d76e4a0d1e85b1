import { DataSource } from 'typeorm';
import { PresenceIntervalEntity } from '../../src/attendance/entities/presence-interval.entity';
import { PresenceLogService } from '../../src/attendance/presence-log.service';
import type { AttendanceNow } from '@hadir/contracts';
import { databasesUnderTest } from '../support/databases';
import { eventually } from '../support/eventually';
import { call, sessionStage, type SignedIn } from '../support/session-live';
import { connectLive, demoPeople, nextEvent, signInAs } from '../support/test-app';

describe.each(databasesUnderTest())('the presence log on $kind', ({ create }) => {
  const stage = sessionStage(create);
  let ana: SignedIn;

  let organiserToken: string;

  beforeAll(async () => {
    const people = await demoPeople(stage.app);
    organiserToken = (await signInAs(stage.app, 'organiser', people)).token;
    ana = stage.cast.participants[0];
  });

  const intervals = (sessionId: string) =>
    stage.app.app
      .get(DataSource)
      .getRepository(PresenceIntervalEntity)
      .find({ where: { sessionId, personId: ana.id }, order: { joinedAt: 'ASC' } });

  /** Closing happens after the socket is gone: wait until the rows say so. */
  const settled = (sessionId: string, open: number) =>
    eventually(
      () => intervals(sessionId),
      (rows) => rows.filter((row) => row.leftAt === null).length === open,
    );

  it('should open one interval per connection, keep it on a repeated join, and close it on leaving', async () => {
    const sessionId = stage.freshSession();
    const socket = await stage.join(ana, sessionId, 'remote');
    await call(socket.emitWithAck('session:presence.join', { sessionId, mode: 'remote' }));
    const [open] = await intervals(sessionId);
    expect(await intervals(sessionId)).toHaveLength(1);
    expect(open).toMatchObject({ mode: 'remote', leftAt: null });

    await call(socket.emitWithAck('session:presence.leave', { sessionId }));
    const [closed] = await intervals(sessionId);
    expect(closed?.leftAt?.getTime()).toBeGreaterThanOrEqual(open?.joinedAt.getTime() ?? Infinity);
  });

  it('should start a new interval when the person moves from home to the hall', async () => {
    const sessionId = stage.freshSession();
    const socket = await stage.join(ana, sessionId, 'remote');
    await call(socket.emitWithAck('session:presence.join', { sessionId, mode: 'in_person' }));
    const rows = await intervals(sessionId);
    expect(rows.map((row) => [row.mode, row.leftAt === null])).toEqual([
      ['remote', false],
      ['in_person', true],
    ]);
  });

  it('should close every interval of a connection that drops, and keep two tabs apart', async () => {
    const sessionId = stage.freshSession();
    const first = await stage.join(ana, sessionId, 'remote');
    await stage.join(ana, sessionId, 'remote');
    expect((await settled(sessionId, 2)).length).toBe(2);
    first.disconnect();
    const rows = await settled(sessionId, 1);
    expect(rows.filter((row) => row.leftAt === null)).toHaveLength(1);
  });

  it('should mark open intervals as still seen at each heartbeat', async () => {
    const sessionId = stage.freshSession();
    await stage.join(ana, sessionId, 'remote');
    const [before] = await intervals(sessionId);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await stage.app.app.get(PresenceLogService).heartbeat();
    const [after] = await intervals(sessionId);
    expect(after?.lastSeenAt.getTime()).toBeGreaterThan(before?.lastSeenAt.getTime() ?? Infinity);
    expect(after?.leftAt).toBeNull();
  });

  it('should push to organisers who follows the event now, from home and from the hall', async () => {
    const sessionId = stage.freshSession();
    const [, budi] = stage.cast.participants;
    const organiser = await connectLive(stage.app.url, organiserToken);
    try {
      const before = await call<AttendanceNow>(
        organiser.emitWithAck('attendance:now.watch', { eventId: stage.cast.eventId }),
      );
      const pushed = nextEvent(organiser, 'attendance:now.updated');
      await stage.join(ana, sessionId, 'remote');
      expect(await pushed).toEqual({
        ...before,
        followingRemotely: before.followingRemotely + 1,
      });
      const again = nextEvent(organiser, 'attendance:now.updated');
      await stage.join(budi, sessionId, 'in_person');
      expect((await again).followingInHall).toBe(before.followingInHall + 1);
    } finally {
      organiser.close();
    }
    const participant = await stage.join(ana, sessionId, 'remote');
    expect(
      await participant.emitWithAck('attendance:now.watch', { eventId: stage.cast.eventId }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
