import {
  type Ack,
  type ApiError,
  type ConsumerOptionsWire,
  type JoinedMedia,
  type MediaProducer,
  type TransportOptionsWire,
} from '@hadir/contracts';
import { FakeMediaStreamTrack } from 'fake-mediastreamtrack';
import { Device } from 'mediasoup-client';
import * as fakeParameters from 'mediasoup-client/fakeParameters';
import { FakeHandler } from 'mediasoup-client/handlers/FakeHandler';
import { type LiveSocket } from '../../live/api/liveSocket';
import { MediaSession, type MediaSnapshot } from './mediaSession';

const SPACE = '3e0a9c1e-0000-4000-8000-000000000001';
const ME = '3e0a9c1e-0000-4000-8000-0000000000a1';
const ANA = '3e0a9c1e-0000-4000-8000-0000000000a2';

function producer(id: string, kind: 'audio' | 'video'): MediaProducer {
  return {
    id,
    peerId: 'peer-ana',
    personId: ANA,
    name: 'Ana Santos',
    roomDevice: false,
    kind,
    source: kind === 'audio' ? 'microphone' : 'camera',
    paused: false,
  };
}

type Answer = Ack<unknown> | 'no answer';
type Payload = Record<string, unknown>;

/**
 * The media server as the API answers it, over a socket whose transport is not this engine's to
 * test: each request is recorded and answered by `answers`, and `push` delivers what the server
 * sends unasked. WebRTC itself is mediasoup-client's fake handler.
 */
function mediaServer(published: MediaProducer[]) {
  const asked: { event: string; payload: Payload }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const joined = (): JoinedMedia => ({
    spaceId: SPACE,
    peerId: 'peer-me',
    routerRtpCapabilities: fakeParameters.generateRouterRtpCapabilities() as never,
    producers: published,
    publishesByRole: false,
    staff: false,
    stage: { spaceId: SPACE, invited: [] },
    activeSpeakerPeerId: null,
  });
  const answers: Record<string, (payload: Payload) => Answer> = {
    'media:join': () => ({ ok: true, data: joined() }),
    'media:transport.create': (): Ack<TransportOptionsWire> => ({
      ok: true,
      data: {
        ...(fakeParameters.generateTransportRemoteParameters() as unknown as TransportOptionsWire),
        iceServers: [],
      },
    }),
    'media:consume': (payload): Ack<ConsumerOptionsWire> => {
      const wanted = published.find((p) => p.id === payload.producerId);
      const options = fakeParameters.generateConsumerRemoteParameters({
        codecMimeType: wanted?.kind === 'video' ? 'video/VP8' : 'audio/opus',
      });
      return {
        ok: true,
        data: {
          id: options.id,
          producerId: payload.producerId as string,
          kind: options.kind,
          rtpParameters: options.rtpParameters,
          producerPaused: false,
        },
      };
    },
    'media:produce': () => ({ ok: true, data: { producerId: 'producer-mine' } }),
  };
  const record = (event: string, payload: Payload) => asked.push({ event, payload });
  const socket = {
    connected: true,
    timeout: () => ({
      emit: (
        event: string,
        payload: Payload,
        callback: (error: Error | null, ack?: unknown) => void,
      ) => {
        record(event, payload);
        const answer = answers[event]?.(payload) ?? { ok: true, data: null };
        void Promise.resolve().then(() =>
          answer === 'no answer'
            ? callback(new Error('operation has timed out'))
            : callback(null, answer),
        );
      },
    }),
    emit: (event: string, payload: Payload) => record(event, payload),
    on: (event: string, handler: (payload: unknown) => void) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)?.add(handler);
    },
    off: (event: string, handler: (payload: unknown) => void) =>
      listeners.get(event)?.delete(handler),
  };
  return {
    live: socket as unknown as LiveSocket,
    answers,
    push: (event: string, payload: unknown) =>
      listeners.get(event)?.forEach((handler) => handler(payload)),
    count: (event: string) => asked.filter((entry) => entry.event === event).length,
    asked: (event: string) => asked.filter((entry) => entry.event === event),
  };
}

const fakeDevice = () => new Device({ handlerFactory: FakeHandler.createFactory(fakeParameters) });

/** Resolves once the session's state satisfies `done`. */
function until(session: MediaSession, done: (state: MediaSnapshot) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (done(session.snapshot())) return resolve();
    const stop = session.subscribe(() => {
      if (!done(session.snapshot())) return;
      stop();
      resolve();
    });
  });
}

describe(MediaSession.name, () => {
  const sessions: MediaSession[] = [];
  const open = (server: ReturnType<typeof mediaServer>) => {
    const session = new MediaSession(server.live, SPACE, ME, fakeDevice);
    session.start();
    sessions.push(session);
    return session;
  };

  afterEach(() => {
    for (const session of sessions.splice(0)) session.dispose();
    jest.useRealTimers();
  });

  it('should show a tile per track the space publishes, with sound at once and video only when seen', async () => {
    const server = mediaServer([producer('ana-mic', 'audio'), producer('ana-cam', 'video')]);
    const session = open(server);

    await session.join();
    await until(session, (state) => state.remote.every((remote) => remote.track !== null));

    const state = session.snapshot();
    expect(state.status).toBe('joined');
    expect(state.remote.map((remote) => remote.producer.id).sort()).toEqual(['ana-cam', 'ana-mic']);
    const resumed = () => server.asked('media:consumer.resume').map((entry) => entry.payload);
    const audio = state.remote.find((remote) => remote.producer.kind === 'audio');
    const video = state.remote.find((remote) => remote.producer.kind === 'video');
    expect(resumed()).toEqual([{ spaceId: SPACE, consumerId: audio?.consumerId }]);

    session.setVisible(video?.consumerId ?? '', true);
    await Promise.resolve();
    expect(resumed()).toContainEqual({ spaceId: SPACE, consumerId: video?.consumerId });
  });

  it('should drop the tile of a track that ended, and join again when the media server restarts', async () => {
    const server = mediaServer([producer('ana-mic', 'audio')]);
    const session = open(server);
    await session.join();
    await until(session, (state) => state.remote[0]?.track != null);

    server.push('media:producer.removed', { spaceId: SPACE, producerId: 'ana-mic' });
    expect(session.snapshot().remote).toEqual([]);

    server.push('media:reset', { spaceId: SPACE });
    expect(session.snapshot().status).toBe('reconnecting');
    await until(session, (state) => state.status === 'joined');
    expect(server.count('media:join')).toBe(2);
  });

  it('should not keep asking after a refusal, and say why', async () => {
    jest.useFakeTimers();
    const server = mediaServer([]);
    const refusal: ApiError = {
      code: 'FORBIDDEN',
      reason: 'common.forbidden',
      message: 'You are not allowed to do this',
    };
    server.answers['media:join'] = () => ({ ok: false, error: refusal });
    const session = open(server);

    await session.join();
    await jest.advanceTimersByTimeAsync(30_000);

    expect(session.snapshot()).toMatchObject({ status: 'failed', error: { code: 'FORBIDDEN' } });
    expect(server.count('media:join')).toBe(1);
  });

  it('should try again, later each time, while the server does not answer, and join when it does', async () => {
    jest.useFakeTimers();
    const server = mediaServer([]);
    const join = server.answers['media:join'];
    server.answers['media:join'] = () => 'no answer';
    const session = open(server);

    await session.join();
    expect(session.snapshot().status).toBe('reconnecting');
    await jest.advanceTimersByTimeAsync(1000);
    expect(server.count('media:join')).toBe(2);
    await jest.advanceTimersByTimeAsync(1000);
    expect(server.count('media:join')).toBe(2);

    server.answers['media:join'] = join;
    await jest.advanceTimersByTimeAsync(1000);
    expect(server.count('media:join')).toBe(3);
    expect(session.snapshot().status).toBe('joined');
  });

  it('should publish the camera once invited to the stage, and stop it when a moderator takes them off', async () => {
    const server = mediaServer([]);
    const session = open(server);
    await session.join();
    await until(session, (state) => state.status === 'joined');
    const camera = new FakeMediaStreamTrack({ kind: 'video' });

    await session.publish('camera', camera);
    expect(server.count('media:produce')).toBe(0);

    server.push('media:stage.changed', {
      spaceId: SPACE,
      invited: [{ personId: ME, name: 'Me' }],
    });
    expect(session.snapshot().canPublish).toBe(true);
    await session.publish('camera', camera);
    await until(session, (state) => state.local.camera?.producerId === 'producer-mine');
    expect(server.asked('media:produce')[0]?.payload).toMatchObject({
      spaceId: SPACE,
      kind: 'video',
      source: 'camera',
    });

    server.push('media:producer.removed', { spaceId: SPACE, producerId: 'producer-mine' });
    expect(session.snapshot().local.camera).toBeUndefined();
    expect(camera.readyState).toBe('ended');
  });
});
