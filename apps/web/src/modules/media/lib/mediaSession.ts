import {
  type AckCallback,
  type LiveClientToServerEvents,
  type LiveServerToClientEvents,
  type MediaProducer,
  type MediaSource,
  type ProducerState,
  type RtpCapabilitiesWire,
  type Stage,
  type StagePerson,
  type TransportOptionsWire,
} from '@hadir/contracts';
import { Device, type types } from 'mediasoup-client';
import { ApiRequestError } from '../../../shared/api/ApiRequestError';
import { type LiveSocket } from '../../live/api/liveSocket';
import { request, sendLive } from '../../live/api/liveRequest';

export interface RemoteTrack {
  producer: MediaProducer;
  consumerId: string | null;
  track: MediaStreamTrack | null;
  /** mediasoup's score of what reaches this viewer, 0 to 10; null until the first report. */
  score: number | null;
}

export interface LocalTrack {
  source: MediaSource;
  track: MediaStreamTrack;
  producerId: string | null;
  paused: boolean;
  /** A moderator's name, when they muted it. */
  mutedBy: string | null;
}

export type MediaStatus = 'idle' | 'joining' | 'joined' | 'reconnecting' | 'failed';

/**
 * Signalling worked but no audio or video ever got through: the network drops what media needs
 * (a firewall that lets only https out). Trying again on the same network would only repeat it.
 */
export class MediaUnreachableError extends Error {
  override readonly name = 'MediaUnreachableError';

  constructor(
    /** Whether a TURN relay was offered, so the advice can say what is left to try. */
    readonly relayOffered: boolean,
  ) {
    super('No media connection could be made on this network');
  }
}

export interface MediaSnapshot {
  status: MediaStatus;
  error: unknown;
  peerId: string | null;
  staff: boolean;
  canPublish: boolean;
  roomDevice: string | null;
  invited: StagePerson[];
  remote: RemoteTrack[];
  local: Partial<Record<MediaSource, LocalTrack>>;
  activeSpeakerPeerId: string | null;
}

const IDLE_MEDIA: MediaSnapshot = {
  status: 'idle',
  error: null,
  peerId: null,
  staff: false,
  canPublish: false,
  roomDevice: null,
  invited: [],
  remote: [],
  local: {},
  activeSpeakerPeerId: null,
};

/**
 * Cameras go out in three qualities (simulcast) and three frame rates: each viewer's tile takes
 * the one that fits it, so a thumbnail costs a fraction of the main view.
 */
const CAMERA_ENCODINGS: types.RtpEncodingParameters[] = [
  { scaleResolutionDownBy: 4, maxBitrate: 150_000, scalabilityMode: 'L1T3' },
  { scaleResolutionDownBy: 2, maxBitrate: 500_000, scalabilityMode: 'L1T3' },
  { scaleResolutionDownBy: 1, maxBitrate: 1_200_000, scalabilityMode: 'L1T3' },
];
const SCREEN_ENCODINGS: types.RtpEncodingParameters[] = [{ maxBitrate: 1_500_000 }];
/** A transport that stays disconnected this long has lost its network: join again. */
const DISCONNECTED_GRACE_MS = 4000;
/**
 * Reaching the server, through a relay over TLS included, takes a few seconds at most even on a
 * slow link; a first connection still not up after this will not come up on this network.
 */
const FIRST_CONNECT_TIMEOUT_MS = 15_000;
/** Joining again after a failure waits 1, 2, 4… seconds, never more than this. */
const RETRY_MAX_MS = 8000;
/** Refusals that another attempt would only repeat. */
const FINAL_CODES = new Set(['FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED', 'UNAUTHENTICATED']);

/**
 * One person's audio and video in one session: the mediasoup-client device and transports, what
 * they publish and what they receive, and re-joining by itself after a network change or a media
 * server restart. React reads it through `subscribe`/`snapshot`.
 */
export class MediaSession {
  private state: MediaSnapshot = IDLE_MEDIA;
  private readonly listeners = new Set<() => void>();
  private device: Device | null = null;
  private send: types.Transport | null = null;
  private recv: types.Transport | null = null;
  private readonly consumers = new Map<string, types.Consumer>();
  private readonly producers = new Map<MediaSource, types.Producer>();
  /** Tiles on screen; video for the others is paused at the server. */
  private readonly visible = new Set<string>();
  private publishesByRole = false;
  private wanted = false;
  /** Each join's number: answers that arrive for an older join are dropped. */
  private generation = 0;
  private disconnectedTimer: ReturnType<typeof setTimeout> | undefined;
  private firstConnectTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether media got through since the person last chose to join: then failures are network changes. */
  private everConnected = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retries = 0;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly socket: LiveSocket,
    readonly spaceId: string,
    private readonly personId: string | undefined,
    /** The browser's WebRTC, unless a test gives mediasoup-client's fake one. */
    private readonly newDevice: () => Device = () => new Device(),
  ) {}

  /** Listens to the server and the network; `dispose` undoes it. */
  start(): void {
    this.unsubscribe ??= this.listen();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): MediaSnapshot => this.state;

  async join(roomDevice: string | null = null): Promise<void> {
    this.wanted = true;
    this.everConnected = false;
    this.update({ roomDevice, error: null });
    await this.connect('joining');
  }

  /** Stops sending and receiving; the local tracks stop too. */
  leave(): void {
    this.wanted = false;
    this.generation += 1;
    clearTimeout(this.retryTimer);
    this.closeTransports();
    for (const track of Object.values(this.state.local)) track.track.stop();
    this.socket.emit('media:leave', { spaceId: this.spaceId }, () => undefined);
    this.state = { ...IDLE_MEDIA, invited: this.state.invited };
    this.notify();
  }

  dispose(): void {
    if (this.wanted) this.leave();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    clearTimeout(this.disconnectedTimer);
    clearTimeout(this.firstConnectTimer);
  }

  /** Sends a track as the given source, replacing what was sent as it before. */
  async publish(source: MediaSource, track: MediaStreamTrack): Promise<void> {
    const previous = this.state.local[source];
    if (previous && previous.track !== track) previous.track.stop();
    const producer = this.producers.get(source);
    if (producer && !producer.closed) {
      await producer.replaceTrack({ track });
      this.setLocal(source, { ...this.localOf(source, track), producerId: producer.id });
      return;
    }
    this.setLocal(source, this.localOf(source, track));
    if (source === 'screen') track.addEventListener('ended', () => void this.unpublish('screen'));
    if (this.state.status === 'joined') await this.produce(source, track, this.generation);
  }

  async unpublish(source: MediaSource): Promise<void> {
    const local = this.state.local[source];
    const producer = this.producers.get(source);
    this.producers.delete(source);
    local?.track.stop();
    this.setLocal(source, null);
    if (producer && !producer.closed) {
      producer.close();
      await this.ask('media:producer.close', {
        spaceId: this.spaceId,
        producerId: producer.id,
      });
    }
  }

  /** Mute or unmute the microphone, camera off or on, without giving up the device. */
  async setPaused(source: MediaSource, paused: boolean): Promise<void> {
    const local = this.state.local[source];
    if (!local) return;
    const producer = this.producers.get(source);
    if (producer) {
      if (paused) producer.pause();
      else producer.resume();
      await this.ask(paused ? 'media:producer.pause' : 'media:producer.resume', {
        spaceId: this.spaceId,
        producerId: producer.id,
      });
    }
    this.setLocal(source, { ...local, paused, mutedBy: null });
  }

  /** A tile came on or went off screen. */
  setVisible(consumerId: string, visible: boolean): void {
    if (visible) this.visible.add(consumerId);
    else this.visible.delete(consumerId);
    const consumer = this.consumers.get(consumerId);
    if (!consumer || consumer.kind !== 'video') return;
    void this.setConsumerPaused(consumer, !visible);
  }

  /** The simulcast layer that fits a tile of this width. */
  setTileWidth(consumerId: string, width: number): void {
    const spatialLayer = width < 320 ? 0 : width < 720 ? 1 : 2;
    this.socket.emit(
      'media:consumer.layers',
      { spaceId: this.spaceId, consumerId, spatialLayer },
      () => undefined,
    );
  }

  mute(producerId: string): Promise<ProducerState> {
    return this.ask('media:mute', { spaceId: this.spaceId, producerId });
  }

  private async connect(status: 'joining' | 'reconnecting'): Promise<void> {
    const generation = ++this.generation;
    clearTimeout(this.retryTimer);
    this.closeTransports();
    this.update({ status, remote: [] });
    try {
      const joined = await this.ask('media:join', {
        spaceId: this.spaceId,
        ...(this.state.roomDevice ? { roomDevice: { label: this.state.roomDevice } } : {}),
      });
      if (generation !== this.generation) return;
      this.publishesByRole = joined.publishesByRole;
      const device = this.newDevice();
      await device.load({
        routerRtpCapabilities: joined.routerRtpCapabilities as types.RtpCapabilities,
      });
      this.device = device;
      this.recv = this.transport(
        device,
        await this.ask('media:transport.create', {
          spaceId: this.spaceId,
          direction: 'recv',
        }),
        'recv',
      );
      if (generation !== this.generation) return;
      this.update({
        status: 'joined',
        peerId: joined.peerId,
        staff: joined.staff,
        activeSpeakerPeerId: joined.activeSpeakerPeerId,
        remote: joined.producers.map((producer) => ({
          producer,
          consumerId: null,
          track: null,
          score: null,
        })),
      });
      this.stageChanged(joined.stage);
      await Promise.all(joined.producers.map((producer) => this.consume(producer, generation)));
      if (this.state.canPublish) {
        for (const local of Object.values(this.state.local)) {
          await this.produce(local.source, local.track, generation);
        }
      }
      this.retries = 0;
    } catch (error) {
      if (generation !== this.generation) return;
      const final = error instanceof ApiRequestError && FINAL_CODES.has(error.code);
      if (final || !this.wanted) {
        this.update({ status: 'failed', error });
        return;
      }
      // The media server restarting, or no answer: try again, a little later each time.
      this.update({ status: 'reconnecting', error });
      const delay = Math.min(1000 * 2 ** this.retries, RETRY_MAX_MS);
      this.retries += 1;
      this.retryTimer = setTimeout(() => void this.connect('reconnecting'), delay);
    }
  }

  private transport(
    device: Device,
    options: TransportOptionsWire,
    direction: 'send' | 'recv',
  ): types.Transport {
    const transportOptions = options as unknown as types.TransportOptions;
    const relayOffered = options.iceServers.length > 0;
    const transport =
      direction === 'send'
        ? device.createSendTransport(transportOptions)
        : device.createRecvTransport(transportOptions);
    transport.on('connect', ({ dtlsParameters }, callback, errback) => {
      this.ask('media:transport.connect', {
        spaceId: this.spaceId,
        transportId: transport.id,
        dtlsParameters: dtlsParameters,
      }).then(() => callback(), errback);
    });
    transport.on('connectionstatechange', (connection) => {
      clearTimeout(this.disconnectedTimer);
      if (connection === 'connected') {
        this.everConnected = true;
        clearTimeout(this.firstConnectTimer);
      }
      if (!this.everConnected) {
        clearTimeout(this.firstConnectTimer);
        if (connection === 'failed') this.unreachable(relayOffered);
        if (connection === 'connecting') {
          this.firstConnectTimer = setTimeout(
            () => this.unreachable(relayOffered),
            FIRST_CONNECT_TIMEOUT_MS,
          );
        }
        return;
      }
      if (connection === 'failed') this.reconnect();
      if (connection === 'disconnected') {
        this.disconnectedTimer = setTimeout(() => this.reconnect(), DISCONNECTED_GRACE_MS);
      }
    });
    return transport;
  }

  private async produce(
    source: MediaSource,
    track: MediaStreamTrack,
    generation: number,
  ): Promise<void> {
    const device = this.device;
    if (!device || !this.state.canPublish) return;
    if (!this.send) {
      const options = await this.ask('media:transport.create', {
        spaceId: this.spaceId,
        direction: 'send',
      });
      if (generation !== this.generation) return;
      const send = this.transport(device, options, 'send');
      send.on('produce', ({ kind, rtpParameters, appData }, callback, errback) => {
        this.ask('media:produce', {
          spaceId: this.spaceId,
          transportId: send.id,
          kind,
          source: appData.source as MediaSource,
          rtpParameters: rtpParameters,
          paused: appData.paused === true,
        }).then(({ producerId }) => callback({ id: producerId }), errback);
      });
      this.send = send;
    }
    const paused = this.state.local[source]?.paused ?? false;
    const producer = await this.send.produce({
      track,
      encodings:
        source === 'camera' ? CAMERA_ENCODINGS : source === 'screen' ? SCREEN_ENCODINGS : undefined,
      codecOptions: source === 'camera' ? { videoGoogleStartBitrate: 1000 } : { opusDtx: true },
      stopTracks: false,
      appData: { source, paused },
    });
    if (paused) producer.pause();
    if (generation !== this.generation) {
      producer.close();
      return;
    }
    this.producers.set(source, producer);
    const local = this.state.local[source];
    if (local) this.setLocal(source, { ...local, producerId: producer.id });
  }

  private async consume(producer: MediaProducer, generation: number): Promise<void> {
    const device = this.device;
    const recv = this.recv;
    if (!device || !recv || producer.peerId === this.state.peerId) return;
    const options = await this.ask('media:consume', {
      spaceId: this.spaceId,
      producerId: producer.id,
      rtpCapabilities: device.recvRtpCapabilities as unknown as RtpCapabilitiesWire,
    });
    if (generation !== this.generation) return;
    const consumer = await recv.consume({
      id: options.id,
      producerId: options.producerId,
      kind: options.kind,
      rtpParameters: options.rtpParameters as unknown as types.RtpParameters,
    });
    this.consumers.set(consumer.id, consumer);
    this.updateRemote(producer.id, (remote) => ({
      ...remote,
      consumerId: consumer.id,
      track: consumer.track,
    }));
    // Sound plays whatever is on screen; video waits for its tile to be seen.
    if (consumer.kind === 'audio' || this.visible.has(consumer.id)) {
      await this.setConsumerPaused(consumer, false);
    }
  }

  private async setConsumerPaused(consumer: types.Consumer, paused: boolean): Promise<void> {
    if (consumer.closed) return;
    if (paused) consumer.pause();
    else consumer.resume();
    await this.ask(paused ? 'media:consumer.pause' : 'media:consumer.resume', {
      spaceId: this.spaceId,
      consumerId: consumer.id,
    }).catch(() => undefined);
  }

  private listen(): () => void {
    const mine = (payload: { spaceId: string }) =>
      payload.spaceId === this.spaceId && this.state.status === 'joined';
    const handlers: PushHandlers = {
      'media:producer.added': (producer) => {
        if (!mine(producer)) return;
        this.update({
          remote: [
            ...this.state.remote.filter((remote) => remote.producer.id !== producer.id),
            { producer, consumerId: null, track: null, score: null },
          ],
        });
        void this.consume(producer, this.generation).catch(() => undefined);
      },
      'media:producer.removed': ({ spaceId, producerId }) => {
        if (spaceId !== this.spaceId) return;
        for (const [source, producer] of this.producers) {
          // Taken off the stage by a moderator: the server closed what we were sending.
          if (producer.id === producerId) {
            producer.close();
            this.producers.delete(source);
            this.state.local[source]?.track.stop();
            this.setLocal(source, null);
          }
        }
        this.dropRemote(producerId);
      },
      'media:producer.state': (state) => {
        if (state.spaceId !== this.spaceId) return;
        for (const [source, producer] of this.producers) {
          const local = this.state.local[source];
          if (producer.id !== state.producerId || !local) continue;
          if (state.paused) producer.pause();
          this.setLocal(source, { ...local, paused: state.paused, mutedBy: state.mutedBy ?? null });
        }
        this.updateRemote(state.producerId, (remote) => ({
          ...remote,
          producer: { ...remote.producer, paused: state.paused },
        }));
      },
      'media:consumer.closed': ({ spaceId, consumerId }) => {
        if (spaceId !== this.spaceId) return;
        const consumer = this.consumers.get(consumerId);
        if (consumer) this.dropRemote(consumer.producerId);
      },
      'media:consumer.score': ({ spaceId, consumerId, score }) => {
        if (spaceId !== this.spaceId) return;
        const producerId = this.consumers.get(consumerId)?.producerId;
        if (producerId) this.updateRemote(producerId, (remote) => ({ ...remote, score }));
      },
      'media:speaker': ({ spaceId, peerId }) => {
        if (spaceId === this.spaceId) this.update({ activeSpeakerPeerId: peerId });
      },
      'media:stage.changed': (stage) => {
        if (stage.spaceId === this.spaceId) this.stageChanged(stage);
      },
      'media:reset': ({ spaceId }) => {
        if (spaceId === this.spaceId) this.reconnect();
      },
    };
    // The server forgot this socket's media when the connection dropped.
    const handleConnect = () => this.reconnect();
    const handleOnline = () => this.reconnect();
    const socket = this.socket as unknown as {
      on(event: string, handler: (payload: never) => void): void;
      off(event: string, handler: (payload: never) => void): void;
    };
    for (const [event, handler] of Object.entries(handlers)) socket.on(event, handler);
    this.socket.on('connect', handleConnect);
    window.addEventListener('online', handleOnline);
    return () => {
      for (const [event, handler] of Object.entries(handlers)) socket.off(event, handler);
      this.socket.off('connect', handleConnect);
      window.removeEventListener('online', handleOnline);
    };
  }

  private unreachable(relayOffered: boolean): void {
    if (!this.wanted || this.everConnected) return;
    this.generation += 1;
    clearTimeout(this.retryTimer);
    this.closeTransports();
    this.update({ status: 'failed', error: new MediaUnreachableError(relayOffered) });
  }

  private reconnect(): void {
    if (!this.wanted || this.state.status === 'joining') return;
    void this.connect('reconnecting');
  }

  private stageChanged(stage: Stage): void {
    const invited = stage.invited.some((person) => person.personId === this.personId);
    this.update({ invited: stage.invited, canPublish: this.publishesByRole || invited });
  }

  private closeTransports(): void {
    clearTimeout(this.disconnectedTimer);
    clearTimeout(this.firstConnectTimer);
    this.send?.close();
    this.recv?.close();
    this.send = null;
    this.recv = null;
    this.consumers.clear();
    this.producers.clear();
    const local = Object.fromEntries(
      Object.entries(this.state.local).map(([source, track]) => [
        source,
        { ...track, producerId: null },
      ]),
    );
    this.state = { ...this.state, local };
  }

  private localOf(source: MediaSource, track: MediaStreamTrack): LocalTrack {
    const previous = this.state.local[source];
    return {
      source,
      track,
      producerId: null,
      paused: previous?.paused ?? false,
      mutedBy: null,
    };
  }

  private setLocal(source: MediaSource, local: LocalTrack | null): void {
    const next = { ...this.state.local };
    if (local) next[source] = local;
    else delete next[source];
    this.update({ local: next });
  }

  private updateRemote(producerId: string, change: (remote: RemoteTrack) => RemoteTrack): void {
    if (!this.state.remote.some((remote) => remote.producer.id === producerId)) return;
    this.update({
      remote: this.state.remote.map((remote) =>
        remote.producer.id === producerId ? change(remote) : remote,
      ),
    });
  }

  private dropRemote(producerId: string): void {
    for (const [id, consumer] of this.consumers) {
      if (consumer.producerId === producerId) {
        consumer.close();
        this.consumers.delete(id);
        this.visible.delete(id);
      }
    }
    this.update({
      remote: this.state.remote.filter((remote) => remote.producer.id !== producerId),
    });
  }

  private update(change: Partial<MediaSnapshot>): void {
    this.state = { ...this.state, ...change };
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private ask<E extends MediaRequest>(event: E, payload: RequestPayload<E>): Promise<Answer<E>> {
    return request<Answer<E>>((callback) => sendLive(this.socket, event, payload, callback));
  }
}

type MediaRequest = Extract<keyof LiveClientToServerEvents, `media:${string}`>;
type RequestPayload<E extends MediaRequest> = Parameters<LiveClientToServerEvents[E]>[0];
type Answer<E extends MediaRequest> =
  Parameters<LiveClientToServerEvents[E]>[1] extends AckCallback<infer T> ? T : never;
type PushHandlers = {
  [E in Extract<keyof LiveServerToClientEvents, `media:${string}`>]: LiveServerToClientEvents[E];
};
