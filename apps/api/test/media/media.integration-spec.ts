import type {
  ConsumerOptionsWire,
  JoinedMedia,
  MediaCounts,
  MediaPublishers,
  MediaSource,
  TransportOptionsWire,
} from '@hadir/contracts';
import request from 'supertest';
import { MediaWorkers } from '../../src/media/media-workers.service';
import {
  type DatabaseUnderTest,
  databasesUnderTest,
  type TestDatabase,
} from '../support/databases';
import { eventually } from '../support/eventually';
import { redisUrl } from '../support/redis';
import { call, sessionCast, sessionStage, type SignedIn } from '../support/session-live';
import {
  connectLive,
  demoPeople,
  type LiveClient,
  nextEvent,
  signIn,
  startTestApp,
  type TestApp,
  withRole,
} from '../support/test-app';

/** What a browser would send for one track: mediasoup checks it against the router. */
function rtpParameters(source: MediaSource, ssrc: number) {
  const codec =
    source === 'microphone'
      ? { mimeType: 'audio/opus', payloadType: 111, clockRate: 48000, channels: 2 }
      : { mimeType: 'video/VP8', payloadType: 96, clockRate: 90000 };
  return {
    mid: String(ssrc),
    codecs: [{ ...codec, parameters: {}, rtcpFeedback: [] }],
    headerExtensions: [],
    encodings: [{ ssrc }],
    rtcp: { cname: `hadir-${ssrc}` },
  };
}

describe.each(databasesUnderTest())('live media on $kind', ({ create }) => {
  // Two workers: people in one session land on both, so every consume below crosses a pipe.
  const stage = sessionStage(create, { mediaWorkers: 2 });
  const sockets: LiveClient[] = [];
  let moderator: SignedIn;
  let ana: SignedIn;
  let budi: SignedIn;
  let speaker: SignedIn;

  const counts = async (): Promise<MediaCounts> =>
    ((await request(stage.app.url).get('/api/health').expect(200)).body as { media: MediaCounts })
      .media;
  /** Closing cascades through pipes between workers: the counts settle a moment later. */
  const countsOnceSettled = (expected: Partial<MediaCounts>): Promise<MediaCounts> =>
    eventually(counts, (now) =>
      Object.entries(expected).every(([key, value]) => now[key as keyof MediaCounts] === value),
    );
  const connect = async (person: SignedIn) => {
    const socket = await connectLive(stage.app.url, person.token);
    sockets.push(socket);
    return socket;
  };
  const joinMedia = (socket: LiveClient, sessionId: string, label?: string) =>
    call<JoinedMedia>(
      socket.emitWithAck('media:join', {
        spaceId: sessionId,
        ...(label ? { roomDevice: { label } } : {}),
      }),
    );
  const transport = (socket: LiveClient, sessionId: string, direction: 'send' | 'recv') =>
    call<TransportOptionsWire>(
      socket.emitWithAck('media:transport.create', { spaceId: sessionId, direction }),
    );
  const produce = (
    socket: LiveClient,
    sessionId: string,
    transportId: string,
    source: MediaSource,
    ssrc: number,
  ) =>
    socket.emitWithAck('media:produce', {
      spaceId: sessionId,
      transportId,
      kind: source === 'microphone' ? 'audio' : 'video',
      source,
      rtpParameters: rtpParameters(source, ssrc),
    });
  /** A viewer: joined, with a receive transport, using the router's own capabilities. */
  const viewer = async (person: SignedIn, sessionId: string) => {
    const socket = await connect(person);
    const joined = await joinMedia(socket, sessionId);
    await transport(socket, sessionId, 'recv');
    const consume = (producerId: string) =>
      socket.emitWithAck('media:consume', {
        spaceId: sessionId,
        producerId,
        rtpCapabilities: joined.routerRtpCapabilities,
      });
    return { socket, joined, consume };
  };

  beforeAll(async () => {
    ({
      moderator,
      participants: [ana, budi],
    } = stage.cast);
    const person = (await demoPeople(stage.app)).find(withRole('speaker'));
    if (!person) throw new Error('The demo programme has no speaker');
    speaker = { id: person.id, name: person.name, token: (await signIn(stage.app, person)).token };
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });

  it('should let a speaker publish and viewers on either worker consume each track once', async () => {
    const sessionId = stage.freshSession();
    const talk = await connect(speaker);
    const joined = await joinMedia(talk, sessionId);
    expect(joined).toMatchObject({ publishesByRole: true, staff: false, producers: [] });
    const send = await transport(talk, sessionId, 'send');
    const camera = await call(produce(talk, sessionId, send.id, 'camera', 1111));

    const first = await viewer(ana, sessionId);
    const second = await viewer(budi, sessionId);
    for (const { joined: seen } of [first, second]) {
      expect(seen.producers).toEqual([
        expect.objectContaining({
          id: camera.producerId,
          personId: speaker.id,
          name: speaker.name,
          source: 'camera',
          kind: 'video',
        }),
      ]);
    }
    const consumers = await Promise.all(
      [first, second].map(({ consume }) => call<ConsumerOptionsWire>(consume(camera.producerId))),
    );
    expect(consumers.map((consumer) => consumer.producerId)).toEqual([
      camera.producerId,
      camera.producerId,
    ]);
    // A retried consume (its answer lost in a reconnect) gives the same consumer, not a second.
    expect((await call<ConsumerOptionsWire>(first.consume(camera.producerId))).id).toBe(
      consumers[0]?.id,
    );
    expect(await counts()).toMatchObject({ producers: 1, consumers: 2, transports: 3 });

    const announced = nextEvent(first.socket, 'media:producer.added');
    const microphone = await call(produce(talk, sessionId, send.id, 'microphone', 2222));
    expect(await announced).toMatchObject({ id: microphone.producerId, source: 'microphone' });

    const ended = nextEvent(second.socket, 'media:consumer.closed');
    const removed = nextEvent(second.socket, 'media:producer.removed');
    await call(
      talk.emitWithAck('media:producer.close', {
        spaceId: sessionId,
        producerId: camera.producerId,
      }),
    );
    expect(await ended).toEqual({ spaceId: sessionId, consumerId: consumers[1]?.id });
    expect(await removed).toEqual({ spaceId: sessionId, producerId: camera.producerId });
  });

  it('should refuse to let a participant publish until a moderator invites them, and stop them when removed', async () => {
    const sessionId = stage.freshSession();
    const participant = await connect(ana);
    const joined = await joinMedia(participant, sessionId);
    expect(joined.publishesByRole).toBe(false);
    await expect(
      call(
        participant.emitWithAck('media:transport.create', {
          spaceId: sessionId,
          direction: 'send',
        }),
      ),
    ).rejects.toThrow('FORBIDDEN');

    const watcher = await viewer(budi, sessionId);
    const staff = await connect(moderator);
    await call(participant.emitWithAck('session:presence.join', { sessionId }));
    await call(participant.emitWithAck('hand:raise', { sessionId, raised: true }));
    await expect(
      call(
        watcher.socket.emitWithAck('media:stage.invite', { spaceId: sessionId, personId: ana.id }),
      ),
    ).rejects.toThrow('FORBIDDEN');
    const stageChanged = nextEvent(participant, 'media:stage.changed');
    const handLowered = nextEvent(participant, 'hand:mine.changed');
    const invited = await call(
      staff.emitWithAck('media:stage.invite', { spaceId: sessionId, personId: ana.id }),
    );
    expect(invited.invited).toEqual([{ personId: ana.id, name: ana.name }]);
    expect(await stageChanged).toEqual(invited);
    expect(await handLowered).toEqual({ sessionId, raisedAt: null });

    const send = await transport(participant, sessionId, 'send');
    const camera = await call(produce(participant, sessionId, send.id, 'camera', 3333));
    await call(watcher.consume(camera.producerId));
    expect(await counts()).toMatchObject({ producers: 1, consumers: 1 });

    const removed = nextEvent(watcher.socket, 'media:producer.removed');
    await call(staff.emitWithAck('media:stage.remove', { spaceId: sessionId, personId: ana.id }));
    expect(await removed).toEqual({ spaceId: sessionId, producerId: camera.producerId });
    expect(await countsOnceSettled({ producers: 0, consumers: 0 })).toMatchObject({
      producers: 0,
      consumers: 0,
    });
    await expect(
      call(
        participant.emitWithAck('media:transport.create', {
          spaceId: sessionId,
          direction: 'send',
        }),
      ),
    ).rejects.toThrow('FORBIDDEN');
  });

  it('should let staff mute anyone and set up a room device, and nobody else', async () => {
    const sessionId = stage.freshSession();
    const participant = await connect(ana);
    await expect(joinMedia(participant, sessionId, 'Table 3')).rejects.toThrow('FORBIDDEN');

    const hall = await connect(moderator);
    const device = await joinMedia(hall, sessionId, 'Main hall AV');
    const send = await transport(hall, sessionId, 'send');
    const microphone = await call(produce(hall, sessionId, send.id, 'microphone', 4444));
    const watcher = await viewer(budi, sessionId);
    expect(watcher.joined.producers).toEqual([
      expect.objectContaining({ peerId: device.peerId, name: 'Main hall AV', roomDevice: true }),
    ]);
    await expect(
      call(
        watcher.socket.emitWithAck('media:mute', {
          spaceId: sessionId,
          producerId: microphone.producerId,
        }),
      ),
    ).rejects.toThrow('FORBIDDEN');

    const speakerSocket = await connect(speaker);
    await joinMedia(speakerSocket, sessionId);
    const talkSend = await transport(speakerSocket, sessionId, 'send');
    const voice = await call(produce(speakerSocket, sessionId, talkSend.id, 'microphone', 5555));
    // The console watches and mutes without joining the session's media.
    await expect(
      call(watcher.socket.emitWithAck('media:publishers.watch', { spaceId: sessionId })),
    ).rejects.toThrow('FORBIDDEN');
    const desk = await connect(moderator);
    const publishing = await call<MediaPublishers>(
      desk.emitWithAck('media:publishers.watch', { spaceId: sessionId }),
    );
    expect(publishing.producers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: voice.producerId, kind: 'audio', paused: false }),
      ]),
    );
    const told = nextEvent(speakerSocket, 'media:producer.state');
    const deskTold = nextEvent(desk, 'media:producer.state');
    await call(
      desk.emitWithAck('media:mute', { spaceId: sessionId, producerId: voice.producerId }),
    );
    const muted = {
      spaceId: sessionId,
      producerId: voice.producerId,
      paused: true,
      mutedBy: moderator.name,
    };
    expect(await told).toEqual(muted);
    expect(await deskTold).toEqual(muted);
  });

  it('should refuse a track whose source and kind disagree, or media parameters mediasoup rejects', async () => {
    const sessionId = stage.freshSession();
    const talk = await connect(speaker);
    await joinMedia(talk, sessionId);
    const send = await transport(talk, sessionId, 'send');
    const wrongKind = await talk.emitWithAck('media:produce', {
      spaceId: sessionId,
      transportId: send.id,
      kind: 'audio',
      source: 'camera',
      rtpParameters: rtpParameters('microphone', 6666),
    });
    expect(wrongKind).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const unknownCodec = await talk.emitWithAck('media:produce', {
      spaceId: sessionId,
      transportId: send.id,
      kind: 'video',
      source: 'camera',
      rtpParameters: {
        ...rtpParameters('camera', 7777),
        codecs: [{ mimeType: 'video/AV2', payloadType: 96, clockRate: 90000 }],
      },
    });
    expect(unknownCodec).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('should free every transport, producer and consumer when a tab closes', async () => {
    const sessionId = stage.freshSession();
    const talk = await connect(speaker);
    await joinMedia(talk, sessionId);
    const send = await transport(talk, sessionId, 'send');
    const camera = await call(produce(talk, sessionId, send.id, 'camera', 8888));
    const watcher = await viewer(ana, sessionId);
    await call(watcher.consume(camera.producerId));
    expect(await counts()).toMatchObject({ transports: 2, producers: 1, consumers: 1 });

    watcher.socket.close();
    talk.close();
    const after = await countsOnceSettled({ routers: 0, transports: 0 });
    expect(after).toEqual({ workers: 2, routers: 0, transports: 0, producers: 0, consumers: 0 });
  });

  it('should restart a killed worker and tell its session to join again, which then works', async () => {
    const sessionId = stage.freshSession();
    const talk = await connect(speaker);
    await joinMedia(talk, sessionId);
    const watcher = await viewer(ana, sessionId);
    const workers = stage.app.app.get(MediaWorkers);
    const pids = workers.pids();
    expect(pids).toHaveLength(2);

    const reset = nextEvent(watcher.socket, 'media:reset');
    for (const pid of pids) process.kill(pid, 'SIGKILL');
    expect(await reset).toMatchObject({ spaceId: sessionId });

    expect(
      await eventually(
        () => workers.pids(),
        (now) => now.length === 2,
      ),
    ).toHaveLength(2);
    expect(workers.pids()).not.toEqual(expect.arrayContaining([pids[0]]));

    await joinMedia(talk, sessionId);
    const send = await transport(talk, sessionId, 'send');
    const camera = await call(produce(talk, sessionId, send.id, 'camera', 9999));
    const again = await viewer(ana, sessionId);
    expect(again.joined.producers.map((producer) => producer.id)).toEqual([camera.producerId]);
    await call(again.consume(camera.producerId));
  });
});

/**
 * The production shape: the moderator's console on one API node, the session's media on
 * another (nginx routes a session's media sockets to one node). Invitations are in the database;
 * taking someone off stage reaches the node that carries their media through Redis.
 */
describe('the stage across two API nodes sharing Redis', () => {
  const { create } = databasesUnderTest().at(-1) as DatabaseUnderTest;
  let database: TestDatabase;
  let desk: TestApp;
  let media: TestApp;
  const sockets: LiveClient[] = [];
  let moderator: SignedIn;
  let ana: SignedIn;
  let budi: SignedIn;
  let sessionId: string;

  beforeAll(async () => {
    database = await create();
    const secret = 'media-scale-out-secret-media-scale-out-secret';
    desk = await startTestApp({ database: database.config, redisUrl, secret });
    media = await startTestApp({ database: database.config, redisUrl, secret, mediaWorkers: 1 });
    const cast = await sessionCast(desk);
    ({
      moderator,
      participants: [ana, budi],
    } = cast);
    sessionId = cast.sessionIds[0] ?? '';
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(async () => {
    await desk?.close();
    await media?.close();
    await database?.drop();
  });

  const connect = async (app: TestApp, person: SignedIn) => {
    const socket = await connectLive(app.url, person.token);
    sockets.push(socket);
    return socket;
  };

  it('should let a participant invited on one node publish on the other, and stop them from there', async () => {
    const staff = await connect(desk, moderator);
    const speaker = await connect(media, ana);
    const joined = await call<JoinedMedia>(
      speaker.emitWithAck('media:join', { spaceId: sessionId }),
    );
    const watcher = await connect(media, budi);
    const seen = await call<JoinedMedia>(watcher.emitWithAck('media:join', { spaceId: sessionId }));
    await call(
      watcher.emitWithAck('media:transport.create', { spaceId: sessionId, direction: 'recv' }),
    );

    const told = nextEvent(speaker, 'media:stage.changed');
    await call(staff.emitWithAck('media:stage.invite', { spaceId: sessionId, personId: ana.id }));
    expect((await told).invited.map((person) => person.personId)).toEqual([ana.id]);
    const send = await call<TransportOptionsWire>(
      speaker.emitWithAck('media:transport.create', { spaceId: sessionId, direction: 'send' }),
    );
    const { producerId } = await call(
      speaker.emitWithAck('media:produce', {
        spaceId: sessionId,
        transportId: send.id,
        kind: 'video',
        source: 'camera',
        rtpParameters: rtpParameters('camera', 4242),
      }),
    );
    await call(
      watcher.emitWithAck('media:consume', {
        spaceId: sessionId,
        producerId,
        rtpCapabilities: seen.routerRtpCapabilities,
      }),
    );
    expect(joined.publishesByRole).toBe(false);

    const removed = nextEvent(watcher, 'media:producer.removed');
    await call(staff.emitWithAck('media:stage.remove', { spaceId: sessionId, personId: ana.id }));
    expect(await removed).toEqual({ spaceId: sessionId, producerId });
    await expect(
      call(
        speaker.emitWithAck('media:transport.create', { spaceId: sessionId, direction: 'send' }),
      ),
    ).rejects.toThrow('FORBIDDEN');
  });
});
