import { UseInterceptors } from '@nestjs/common';
import { type OnGatewayDisconnect, WebSocketGateway } from '@nestjs/websockets';
import {
  type ConnectTransport,
  type Consume,
  type ConsumerLayers,
  type ConsumerOptionsWire,
  type ConsumerRef,
  type CreateTransport,
  type JoinedMedia,
  type JoinMedia,
  type MediaPublishers,
  type MediaSpaceRef,
  type Produce,
  type ProducerRef,
  type ProducerState,
  type Stage,
  type StageChange,
  type TransportOptionsWire,
} from '@hadir/contracts';
import { LiveHandler } from '../realtime/live-handler.decorator';
import { LiveAckInterceptor } from '../realtime/live-ack.interceptor';
import { LIVE_GATEWAY_OPTIONS } from '../realtime/live.options';
import type { LiveSocket } from '../realtime/live.types';
import { MediaSpacesService } from './media-spaces.service';

/**
 * Media signalling on the live socket. Every handler finds the caller's peer in the session
 * first, so a socket can act only on its own transports, producers and consumers.
 */
@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseInterceptors(LiveAckInterceptor)
export class MediaGateway implements OnGatewayDisconnect<LiveSocket> {
  constructor(private readonly media: MediaSpacesService) {}

  handleDisconnect(socket: LiveSocket): void {
    this.media.leaveAll(socket.id);
  }

  @LiveHandler('media:join')
  join(socket: LiveSocket, input: JoinMedia): Promise<JoinedMedia> {
    return this.media.join(socket, input);
  }

  @LiveHandler('media:leave')
  async leave(socket: LiveSocket, input: MediaSpaceRef): Promise<MediaSpaceRef> {
    await this.media.leave(socket, input.spaceId);
    return input;
  }

  @LiveHandler('media:transport.create')
  createTransport(socket: LiveSocket, input: CreateTransport): Promise<TransportOptionsWire> {
    return this.media.createTransport(socket.id, input);
  }

  @LiveHandler('media:transport.connect')
  connectTransport(socket: LiveSocket, input: ConnectTransport): Promise<null> {
    return this.media.connectTransport(socket.id, input);
  }

  @LiveHandler('media:produce')
  produce(socket: LiveSocket, input: Produce): Promise<{ producerId: string }> {
    return this.media.produce(socket.id, input);
  }

  @LiveHandler('media:producer.pause')
  pauseProducer(socket: LiveSocket, input: ProducerRef): Promise<ProducerState> {
    return this.media.setProducerPaused(socket.id, input, true);
  }

  @LiveHandler('media:producer.resume')
  resumeProducer(socket: LiveSocket, input: ProducerRef): Promise<ProducerState> {
    return this.media.setProducerPaused(socket.id, input, false);
  }

  @LiveHandler('media:producer.close')
  closeProducer(socket: LiveSocket, input: ProducerRef): ProducerRef {
    return this.media.closeOwnProducer(socket.id, input);
  }

  @LiveHandler('media:consume')
  consume(socket: LiveSocket, input: Consume): Promise<ConsumerOptionsWire> {
    return this.media.consume(socket.id, input);
  }

  @LiveHandler('media:consumer.resume')
  resumeConsumer(socket: LiveSocket, input: ConsumerRef): Promise<null> {
    return this.media.setConsumerPaused(socket.id, input, false);
  }

  @LiveHandler('media:consumer.pause')
  pauseConsumer(socket: LiveSocket, input: ConsumerRef): Promise<null> {
    return this.media.setConsumerPaused(socket.id, input, true);
  }

  @LiveHandler('media:consumer.layers')
  consumerLayers(socket: LiveSocket, input: ConsumerLayers): Promise<null> {
    return this.media.setConsumerLayers(socket.id, input);
  }

  @LiveHandler('media:stage.get')
  stage(socket: LiveSocket, input: MediaSpaceRef): Promise<Stage> {
    return this.media.stageFor(socket.data.personId, input.spaceId);
  }

  @LiveHandler('media:stage.invite')
  invite(socket: LiveSocket, input: StageChange): Promise<Stage> {
    return this.media.invite(socket.data.personId, input);
  }

  @LiveHandler('media:stage.remove')
  remove(socket: LiveSocket, input: StageChange): Promise<Stage> {
    return this.media.remove(socket.data.personId, input);
  }

  @LiveHandler('media:publishers.watch')
  watchPublishers(socket: LiveSocket, input: MediaSpaceRef): Promise<MediaPublishers> {
    return this.media.watchPublishers(socket, input.spaceId);
  }

  @LiveHandler('media:mute')
  mute(socket: LiveSocket, input: ProducerRef): Promise<ProducerState> {
    return this.media.mute(socket.data.personId, input);
  }
}
