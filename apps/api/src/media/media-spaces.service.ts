import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type ConnectTransport,
  type Consume,
  type ConsumerLayers,
  type ConsumerOptionsWire,
  type ConsumerRef,
  type CreateTransport,
  type ErrorReason,
  type JoinedMedia,
  type JoinMedia,
  type MediaCounts,
  type MediaProducer,
  type MediaPublishers,
  type MediaSource,
  type Produce,
  type ProducerRef,
  type ProducerState,
  rooms,
  SOURCE_KIND,
  type Stage,
  type StageChange,
} from '@hadir/contracts';
import type {
  ActiveSpeakerObserver,
  Consumer,
  DtlsParameters,
  Producer,
  Router,
  RtpCapabilities,
  RtpParameters,
  WebRtcTransport,
} from 'mediasoup/types';
import { Repository } from 'typeorm';
import { BreakoutAccessService } from '../breakouts/breakout-access.service';
import { HadirException } from '../common/hadir.exception';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { AccessService } from '../identity/access.service';
import { HandsService } from '../hands/hands.service';
import { SessionAccessService } from '../events/session-access.service';
import { LiveEmitter } from '../realtime/live-emitter.service';
import type { LiveSocket } from '../realtime/live.types';
import { StageInvitationEntity } from './entities/stage-invitation.entity';
import { MEDIA_CODECS } from './media-codecs';
import { type MediaSlot, MediaWorkers } from './media-workers.service';
import { turnCredentials } from './turn-credentials';

interface Peer {
  id: string;
  socketId: string;
  personId: string;
  name: string;
  roomDevice: boolean;
  publishesByRole: boolean;
  staff: boolean;
  slotIndex: number;
  slot: MediaSlot;
  send: WebRtcTransport | undefined;
  recv: WebRtcTransport | undefined;
  producers: Map<string, { producer: Producer; source: MediaSource }>;
  /** By producer id: consuming one producer twice (a retried request) gives the same consumer. */
  consumers: Map<string, Consumer>;
}

interface Space {
  spaceId: string;
  eventId: string;
  /** One router per worker the space's peers were placed on. */
  routers: Map<number, Promise<Router>>;
  peers: Map<string, Peer>;
  /** `${producerId}:${workerIndex}`: producers piped to another worker's router. */
  pipes: Map<string, Promise<void>>;
  /** Active speaker detection runs on the space's first router; audio is piped there. */
  homeIndex: number;
  speaker: Promise<ActiveSpeakerObserver> | undefined;
  activeSpeakerPeerId: string | null;
}

/**
 * Live media spaces: one per session, or per breakout room, that someone joined with audio or
 * video, on this API node. A space has the id of its session or breakout room (`spaceId` in
 * every media message); only a session's space has a stage to invite people onto.
 */
@Injectable()
export class MediaSpacesService {
  private readonly logger = new Logger(MediaSpacesService.name);
  /** The spaces joined on this node, by id. */
  private readonly local = new Map<string, Space>();

  constructor(
    @InjectRepository(StageInvitationEntity)
    private readonly invitations: Repository<StageInvitationEntity>,
    private readonly workers: MediaWorkers,
    private readonly sessions: SessionAccessService,
    private readonly spaces: BreakoutAccessService,
    private readonly access: AccessService,
    private readonly hands: HandsService,
    private readonly live: LiveEmitter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    workers.onWorkerDied((index) => this.resetSpacesOn(index));
    live.onOtherNodes('media:stage.removed', ({ spaceId, personId }) =>
      this.stopPublishing(spaceId, personId),
    );
  }

  async join(socket: LiveSocket, input: JoinMedia): Promise<JoinedMedia> {
    const { personId, name } = socket.data;
    const access = await this.spaces.mediaSpace(personId, input.spaceId);
    if (input.roomDevice && !access.staff) {
      throw HadirException.of('media.roomDeviceStaffOnly');
    }
    const previous = this.peerOf(socket.id, input.spaceId);
    if (previous) this.closePeer(previous.space, previous.peer);

    const slot = this.workers.pick();
    const space = this.spaceFor(input.spaceId, access.eventId, slot.index);
    const router = await this.router(space, slot.index);
    const peer: Peer = {
      id: randomUUID(),
      socketId: socket.id,
      personId,
      name: input.roomDevice?.label ?? name,
      roomDevice: input.roomDevice !== undefined,
      publishesByRole: access.publisher,
      staff: access.staff,
      slotIndex: slot.index,
      slot,
      send: undefined,
      recv: undefined,
      producers: new Map(),
      consumers: new Map(),
    };
    space.peers.set(peer.id, peer);
    slot.peers += 1;
    await socket.join(rooms.media(input.spaceId));
    const stage = await this.stage(input.spaceId);
    return {
      spaceId: input.spaceId,
      peerId: peer.id,
      routerRtpCapabilities: router.rtpCapabilities as JoinedMedia['routerRtpCapabilities'],
      producers: this.producersOf(space).filter((producer) => producer.peerId !== peer.id),
      publishesByRole: peer.publishesByRole,
      staff: peer.staff,
      stage,
      activeSpeakerPeerId: space.activeSpeakerPeerId,
    };
  }

  async leave(socket: LiveSocket, spaceId: string): Promise<void> {
    const found = this.peerOf(socket.id, spaceId);
    if (found) this.closePeer(found.space, found.peer);
    await socket.leave(rooms.media(spaceId));
  }

  /** A closed tab or a lost connection: everything it had is freed. */
  leaveAll(socketId: string): void {
    for (const space of [...this.local.values()]) {
      for (const peer of [...space.peers.values()]) {
        if (peer.socketId === socketId) this.closePeer(space, peer);
      }
    }
  }

  async createTransport(socketId: string, input: CreateTransport) {
    const { space, peer } = this.requirePeer(socketId, input.spaceId);
    if (input.direction === 'send') await this.requirePublisher(space, peer);
    const slot = this.workers.slot(peer.slotIndex);
    if (!slot) throw this.resetting();
    const router = await this.router(space, peer.slotIndex);
    const transport = await router.createWebRtcTransport({
      webRtcServer: slot.webRtcServer,
      enableUdp: true,
      enableTcp: true,
      preferUdp: true,
      initialAvailableOutgoingBitrate: 1_000_000,
    });
    // A new transport of the same direction replaces the old one (a client recovering from a
    // network change); closing the old one closes its producers or consumers too.
    const old = peer[input.direction];
    peer[input.direction] = transport;
    if (old) this.closeTransport(peer, old);
    return {
      id: transport.id,
      iceParameters: transport.iceParameters as unknown as Record<string, unknown>,
      iceCandidates: transport.iceCandidates as unknown as Record<string, unknown>[],
      dtlsParameters: transport.dtlsParameters as unknown as Record<string, unknown>,
      iceServers: this.config.media.turn
        ? [turnCredentials(this.config.media.turn, peer.personId)]
        : [],
    };
  }

  async connectTransport(socketId: string, input: ConnectTransport): Promise<null> {
    const { peer } = this.requirePeer(socketId, input.spaceId);
    const transport = [peer.send, peer.recv].find((t) => t?.id === input.transportId);
    if (!transport) throw HadirException.of('media.connectionEnded');
    await this.mediasoup(() =>
      transport.connect({ dtlsParameters: input.dtlsParameters as DtlsParameters }),
    );
    return null;
  }

  async produce(socketId: string, input: Produce): Promise<{ producerId: string }> {
    const { space, peer } = this.requirePeer(socketId, input.spaceId);
    await this.requirePublisher(space, peer);
    if (SOURCE_KIND[input.source] !== input.kind) {
      throw HadirException.of(WRONG_KIND[input.source]);
    }
    const transport = peer.send;
    if (!transport || transport.id !== input.transportId) {
      throw HadirException.of('media.connectionEnded');
    }
    for (const { producer, source } of peer.producers.values()) {
      if (source === input.source) this.closeProducer(peer, producer.id);
    }
    const producer = await this.mediasoup(() =>
      transport.produce({
        kind: input.kind,
        rtpParameters: input.rtpParameters as unknown as RtpParameters,
        paused: input.paused ?? false,
        appData: { peerId: peer.id, source: input.source },
      }),
    );
    peer.producers.set(producer.id, { producer, source: input.source });
    producer.observer.on('close', () => {
      for (const key of space.pipes.keys()) {
        if (key.startsWith(`${producer.id}:`)) space.pipes.delete(key);
      }
      // A dying worker closes its producers before it reports its death; their owners send them
      // again once they have joined anew, so they are not told to stop.
      if (peer.producers.delete(producer.id) && !peer.slot.worker.died) {
        this.live.toLocalRoom(rooms.media(space.spaceId), 'media:producer.removed', {
          spaceId: space.spaceId,
          producerId: producer.id,
        });
      }
    });
    if (producer.kind === 'audio') void this.watchSpeaker(space, peer, producer);
    this.live.toLocalRoom(
      rooms.media(space.spaceId),
      'media:producer.added',
      { spaceId: space.spaceId, ...this.describe(peer, producer, input.source) },
      socketId,
    );
    return { producerId: producer.id };
  }

  async setProducerPaused(
    socketId: string,
    input: ProducerRef,
    paused: boolean,
  ): Promise<ProducerState> {
    const { space, peer } = this.requirePeer(socketId, input.spaceId);
    const entry = peer.producers.get(input.producerId);
    if (!entry) throw HadirException.of('media.trackEnded');
    if (paused) await entry.producer.pause();
    else await entry.producer.resume();
    return this.producerState(space, entry.producer);
  }

  closeOwnProducer(socketId: string, input: ProducerRef): ProducerRef {
    const { peer } = this.requirePeer(socketId, input.spaceId);
    if (!peer.producers.has(input.producerId)) throw HadirException.of('media.trackEnded');
    this.closeProducer(peer, input.producerId);
    return input;
  }

  async consume(socketId: string, input: Consume): Promise<ConsumerOptionsWire> {
    const { space, peer } = this.requirePeer(socketId, input.spaceId);
    const existing = peer.consumers.get(input.producerId);
    if (existing && !existing.closed) return consumerOptions(existing);
    const owner = [...space.peers.values()].find((p) => p.producers.has(input.producerId));
    if (!owner) throw HadirException.of('media.trackEnded');
    const transport = peer.recv;
    if (!transport) throw HadirException.of('media.noReceivingConnection');
    if (owner.slotIndex !== peer.slotIndex) {
      await this.pipe(space, input.producerId, owner.slotIndex, peer.slotIndex);
    }
    const router = await this.router(space, peer.slotIndex);
    const rtpCapabilities = input.rtpCapabilities as unknown as RtpCapabilities;
    if (!router.canConsume({ producerId: input.producerId, rtpCapabilities })) {
      throw HadirException.of('media.cannotPlayTrack');
    }
    const consumer = await this.mediasoup(() =>
      transport.consume({ producerId: input.producerId, rtpCapabilities, paused: true }),
    );
    peer.consumers.set(input.producerId, consumer);
    const ref = { spaceId: space.spaceId, consumerId: consumer.id };
    consumer.observer.on('close', () => {
      if (peer.consumers.get(input.producerId) === consumer)
        peer.consumers.delete(input.producerId);
    });
    consumer.on('producerclose', () => this.live.toSocket(socketId, 'media:consumer.closed', ref));
    consumer.on('score', ({ score, producerScore }) =>
      this.live.toSocket(socketId, 'media:consumer.score', { ...ref, score, producerScore }),
    );
    return consumerOptions(consumer);
  }

  async setConsumerPaused(socketId: string, input: ConsumerRef, paused: boolean): Promise<null> {
    const consumer = this.requireConsumer(socketId, input);
    if (paused) await consumer.pause();
    else await consumer.resume();
    return null;
  }

  async setConsumerLayers(socketId: string, input: ConsumerLayers): Promise<null> {
    const consumer = this.requireConsumer(socketId, input);
    if (consumer.type === 'simulcast') {
      await consumer.setPreferredLayers({ spatialLayer: input.spatialLayer });
    }
    return null;
  }

  async invite(staffId: string, input: StageChange): Promise<Stage> {
    const { eventId } = await this.sessions.staff(staffId, input.spaceId);
    await this.access.requireMember(input.personId, eventId);
    await this.invitations.upsert(
      {
        sessionId: input.spaceId,
        personId: input.personId,
        invitedBy: staffId,
        invitedAt: new Date(),
      },
      { conflictPaths: ['sessionId', 'personId'], skipUpdateIfNoValuesChanged: true },
    );
    // Invited from a raised hand: the hand has been answered.
    await this.hands.lower(staffId, { sessionId: input.spaceId, personId: input.personId });
    return this.stageChanged(input.spaceId);
  }

  async remove(staffId: string, input: StageChange): Promise<Stage> {
    await this.sessions.staff(staffId, input.spaceId);
    await this.invitations.delete({ sessionId: input.spaceId, personId: input.personId });
    this.stopPublishing(input.spaceId, input.personId);
    this.live.toOtherNodes('media:stage.removed', input);
    return this.stageChanged(input.spaceId);
  }

  /** Closes what someone taken off the stage sends from this node (speakers keep their right). */
  private stopPublishing(spaceId: string, personId: string): void {
    for (const peer of this.local.get(spaceId)?.peers.values() ?? []) {
      if (peer.personId !== personId || peer.publishesByRole) continue;
      if (peer.send) this.closeTransport(peer, peer.send);
    }
  }

  async mute(staffId: string, input: ProducerRef): Promise<ProducerState> {
    if (!(await this.spaces.mediaSpace(staffId, input.spaceId)).staff) {
      throw HadirException.of('common.sessionStaffOnly');
    }
    const space = this.local.get(input.spaceId);
    const entry = [...(space?.peers.values() ?? [])]
      .map((peer) => peer.producers.get(input.producerId))
      .find((found) => found !== undefined);
    if (!space || !entry) throw HadirException.of('media.trackEnded');
    await entry.producer.pause();
    const mutedBy = await this.access.nameOf(staffId);
    return this.producerState(space, entry.producer, mutedBy);
  }

  /**
   * Staff follow what a session publishes from its media space (on the node that holds it, where
   * the media socket is routed), without a transport of their own.
   */
  async watchPublishers(socket: LiveSocket, spaceId: string): Promise<MediaPublishers> {
    if (!(await this.spaces.mediaSpace(socket.data.personId, spaceId)).staff) {
      throw HadirException.of('common.sessionStaffOnly');
    }
    await socket.join(rooms.media(spaceId));
    const space = this.local.get(spaceId);
    return { spaceId, producers: space ? this.producersOf(space) : [] };
  }

  async stageFor(personId: string, spaceId: string): Promise<Stage> {
    await this.spaces.mediaSpace(personId, spaceId);
    return this.stage(spaceId);
  }

  private async stage(spaceId: string): Promise<Stage> {
    const rows = await this.invitations.find({
      where: { sessionId: spaceId },
      relations: { person: true },
      order: { invitedAt: 'ASC', personId: 'ASC' },
    });
    return {
      spaceId,
      invited: rows.map((row) => ({ personId: row.personId, name: row.person?.name ?? '' })),
    };
  }

  counts(): MediaCounts {
    let routers = 0;
    let transports = 0;
    let producers = 0;
    let consumers = 0;
    for (const space of this.local.values()) {
      routers += space.routers.size;
      for (const peer of space.peers.values()) {
        transports += Number(peer.send !== undefined) + Number(peer.recv !== undefined);
        producers += peer.producers.size;
        consumers += peer.consumers.size;
      }
    }
    return { workers: this.workers.pids().length, routers, transports, producers, consumers };
  }

  private spaceFor(spaceId: string, eventId: string, slotIndex: number): Space {
    let space = this.local.get(spaceId);
    if (!space) {
      space = {
        spaceId,
        eventId,
        routers: new Map(),
        peers: new Map(),
        pipes: new Map(),
        homeIndex: slotIndex,
        speaker: undefined,
        activeSpeakerPeerId: null,
      };
      this.local.set(spaceId, space);
    }
    return space;
  }

  private router(space: Space, slotIndex: number): Promise<Router> {
    let router = space.routers.get(slotIndex);
    if (!router) {
      const slot = this.workers.slot(slotIndex);
      if (!slot) throw this.resetting();
      router = slot.worker.createRouter({ mediaCodecs: MEDIA_CODECS });
      space.routers.set(slotIndex, router);
    }
    return router;
  }

  /** Makes a producer on one worker's router consumable on another's (same id on both). */
  private pipe(space: Space, producerId: string, from: number, to: number): Promise<void> {
    const key = `${producerId}:${to}`;
    let piped = space.pipes.get(key);
    if (!piped) {
      piped = Promise.all([this.router(space, from), this.router(space, to)]).then(
        async ([source, target]) => {
          await source.pipeToRouter({ producerId, router: target });
        },
      );
      piped.catch(() => space.pipes.delete(key));
      space.pipes.set(key, piped);
    }
    return piped;
  }

  private async watchSpeaker(space: Space, peer: Peer, producer: Producer): Promise<void> {
    try {
      if (!space.speaker) {
        space.speaker = this.router(space, space.homeIndex).then((router) =>
          router.createActiveSpeakerObserver({ interval: 500 }),
        );
        const observer = await space.speaker;
        observer.on('dominantspeaker', ({ producer: loudest }) => {
          const speaker = [...space.peers.values()].find((p) => p.producers.has(loudest.id));
          space.activeSpeakerPeerId = speaker?.id ?? null;
          this.live.toLocalRoom(rooms.media(space.spaceId), 'media:speaker', {
            spaceId: space.spaceId,
            peerId: space.activeSpeakerPeerId,
          });
        });
      }
      const observer = await space.speaker;
      if (peer.slotIndex !== space.homeIndex) {
        await this.pipe(space, producer.id, peer.slotIndex, space.homeIndex);
      }
      if (!producer.closed) await observer.addProducer({ producerId: producer.id });
    } catch (error) {
      // A producer that closed meanwhile, or a space being reset: nobody to tell.
      this.logger.debug(`No active speaker detection for ${producer.id}: ${String(error)}`);
    }
  }

  private describe(peer: Peer, producer: Producer, source: MediaSource): MediaProducer {
    return {
      id: producer.id,
      peerId: peer.id,
      personId: peer.personId,
      name: peer.name,
      roomDevice: peer.roomDevice,
      kind: producer.kind,
      source,
      paused: producer.paused,
    };
  }

  private producersOf(space: Space): MediaProducer[] {
    return [...space.peers.values()].flatMap((peer) =>
      [...peer.producers.values()].map(({ producer, source }) =>
        this.describe(peer, producer, source),
      ),
    );
  }

  private producerState(space: Space, producer: Producer, mutedBy?: string): ProducerState {
    const state: ProducerState = {
      spaceId: space.spaceId,
      producerId: producer.id,
      paused: producer.paused,
      ...(mutedBy ? { mutedBy } : {}),
    };
    this.live.toLocalRoom(rooms.media(space.spaceId), 'media:producer.state', state);
    return state;
  }

  /** To the session's pages and to its media sockets, which may be connections of their own. */
  private async stageChanged(spaceId: string): Promise<Stage> {
    const stage = await this.stage(spaceId);
    this.live.toRoom([rooms.session(spaceId), rooms.media(spaceId)], 'media:stage.changed', stage);
    return stage;
  }

  private async requirePublisher(space: Space, peer: Peer): Promise<void> {
    if (peer.publishesByRole) return;
    if (!(await this.invitations.existsBy({ sessionId: space.spaceId, personId: peer.personId }))) {
      throw HadirException.of('media.notOnStage');
    }
  }

  private peerOf(socketId: string, spaceId: string): { space: Space; peer: Peer } | undefined {
    const space = this.local.get(spaceId);
    const peer = [...(space?.peers.values() ?? [])].find((p) => p.socketId === socketId);
    return space && peer ? { space, peer } : undefined;
  }

  private requirePeer(socketId: string, spaceId: string): { space: Space; peer: Peer } {
    const found = this.peerOf(socketId, spaceId);
    if (!found) throw HadirException.of('media.notJoined');
    return found;
  }

  private requireConsumer(socketId: string, input: ConsumerRef): Consumer {
    const { peer } = this.requirePeer(socketId, input.spaceId);
    const consumer = [...peer.consumers.values()].find((c) => c.id === input.consumerId);
    if (!consumer) throw HadirException.of('media.trackEnded');
    return consumer;
  }

  /** Its consumers, pipes and speaker detection close with it; viewers are told on close. */
  private closeProducer(peer: Peer, producerId: string): void {
    peer.producers.get(producerId)?.producer.close();
  }

  /** Closing a transport closes what was sent or received over it. */
  private closeTransport(peer: Peer, transport: WebRtcTransport): void {
    transport.close();
    if (peer.send === transport) peer.send = undefined;
    if (peer.recv === transport) peer.recv = undefined;
  }

  private closePeer(space: Space, peer: Peer): void {
    if (!space.peers.delete(peer.id)) return;
    for (const transport of [peer.send, peer.recv]) {
      if (transport) this.closeTransport(peer, transport);
    }
    peer.slot.peers -= 1;
    if (space.activeSpeakerPeerId === peer.id) space.activeSpeakerPeerId = null;
    if (space.peers.size === 0) this.closeRoom(space);
  }

  private closeRoom(space: Space): void {
    this.local.delete(space.spaceId);
    for (const router of space.routers.values()) {
      router.then(
        (r) => r.close(),
        () => undefined,
      );
    }
  }

  /**
   * A worker died and took its routers with it. Every space that used it starts over: its peers
   * are told to join again, and land on the workers still running (or the restarted one).
   */
  private resetSpacesOn(index: number): void {
    for (const space of [...this.local.values()]) {
      if (!space.routers.has(index)) continue;
      for (const peer of [...space.peers.values()]) {
        // Not "removed": their owners send them again after joining, and must keep their tracks.
        peer.producers.clear();
        this.closePeer(space, peer);
      }
      this.closeRoom(space);
      this.live.toLocalRoom(rooms.media(space.spaceId), 'media:reset', {
        spaceId: space.spaceId,
        reason: 'The media server restarted',
      });
    }
  }

  private resetting(): HadirException {
    return HadirException.of('media.restarting');
  }

  /** mediasoup refuses malformed parameters with plain errors: they are the client's mistake. */
  private async mediasoup<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (error instanceof HadirException) throw error;
      throw HadirException.of('media.requestRefused', {
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  }
}

/** A source sent as the other medium: what it must be sent as. */
const WRONG_KIND = {
  camera: 'media.cameraNotVideo',
  microphone: 'media.microphoneNotAudio',
  screen: 'media.screenNotVideo',
} as const satisfies Record<MediaSource, ErrorReason>;

function consumerOptions(consumer: Consumer): ConsumerOptionsWire {
  return {
    id: consumer.id,
    producerId: consumer.producerId,
    kind: consumer.kind,
    rtpParameters: consumer.rtpParameters,
    producerPaused: consumer.producerPaused,
  };
}
