import { UseInterceptors } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayDisconnect,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import {
  type ConnectTransport,
  connectTransportSchema,
  type Consume,
  type ConsumerLayers,
  consumerLayersSchema,
  type ConsumerOptionsWire,
  type ConsumerRef,
  consumerRefSchema,
  consumeSchema,
  type CreateTransport,
  createTransportSchema,
  type JoinedMedia,
  type JoinMedia,
  joinMediaSchema,
  type MediaPublishers,
  type MediaSessionRef,
  mediaSessionRefSchema,
  type Produce,
  type ProducerRef,
  producerRefSchema,
  type ProducerState,
  produceSchema,
  type Stage,
  type StageChange,
  stageChangeSchema,
  type TransportOptionsWire,
} from '@hadir/contracts';
import { ZodValidationPipe } from 'nestjs-zod';
import { LiveAckInterceptor } from '../live/live-ack.interceptor';
import { LIVE_GATEWAY_OPTIONS } from '../live/live.options';
import type { LiveSocket } from '../live/live.types';
import { MediaRoomsService } from './media-rooms.service';

/**
 * Media signalling on the live socket. Every handler finds the caller's peer in the session
 * first, so a socket can act only on its own transports, producers and consumers.
 */
@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseInterceptors(LiveAckInterceptor)
export class MediaGateway implements OnGatewayDisconnect<LiveSocket> {
  constructor(private readonly media: MediaRoomsService) {}

  handleDisconnect(socket: LiveSocket): void {
    this.media.leaveAll(socket.id);
  }

  @SubscribeMessage('media:join')
  join(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(joinMediaSchema)) input: JoinMedia,
  ): Promise<JoinedMedia> {
    return this.media.join(socket, input);
  }

  @SubscribeMessage('media:leave')
  async leave(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(mediaSessionRefSchema)) input: MediaSessionRef,
  ): Promise<MediaSessionRef> {
    await this.media.leave(socket, input.sessionId);
    return input;
  }

  @SubscribeMessage('media:transport.create')
  createTransport(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(createTransportSchema)) input: CreateTransport,
  ): Promise<TransportOptionsWire> {
    return this.media.createTransport(socket.id, input);
  }

  @SubscribeMessage('media:transport.connect')
  connectTransport(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(connectTransportSchema)) input: ConnectTransport,
  ): Promise<null> {
    return this.media.connectTransport(socket.id, input);
  }

  @SubscribeMessage('media:produce')
  produce(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(produceSchema)) input: Produce,
  ): Promise<{ producerId: string }> {
    return this.media.produce(socket.id, input);
  }

  @SubscribeMessage('media:producer.pause')
  pauseProducer(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(producerRefSchema)) input: ProducerRef,
  ): Promise<ProducerState> {
    return this.media.setProducerPaused(socket.id, input, true);
  }

  @SubscribeMessage('media:producer.resume')
  resumeProducer(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(producerRefSchema)) input: ProducerRef,
  ): Promise<ProducerState> {
    return this.media.setProducerPaused(socket.id, input, false);
  }

  @SubscribeMessage('media:producer.close')
  closeProducer(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(producerRefSchema)) input: ProducerRef,
  ): ProducerRef {
    return this.media.closeOwnProducer(socket.id, input);
  }

  @SubscribeMessage('media:consume')
  consume(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(consumeSchema)) input: Consume,
  ): Promise<ConsumerOptionsWire> {
    return this.media.consume(socket.id, input);
  }

  @SubscribeMessage('media:consumer.resume')
  resumeConsumer(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(consumerRefSchema)) input: ConsumerRef,
  ): Promise<null> {
    return this.media.setConsumerPaused(socket.id, input, false);
  }

  @SubscribeMessage('media:consumer.pause')
  pauseConsumer(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(consumerRefSchema)) input: ConsumerRef,
  ): Promise<null> {
    return this.media.setConsumerPaused(socket.id, input, true);
  }

  @SubscribeMessage('media:consumer.layers')
  consumerLayers(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(consumerLayersSchema)) input: ConsumerLayers,
  ): Promise<null> {
    return this.media.setConsumerLayers(socket.id, input);
  }

  @SubscribeMessage('media:stage.get')
  stage(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(mediaSessionRefSchema)) input: MediaSessionRef,
  ): Promise<Stage> {
    return this.media.stageFor(socket.data.personId, input.sessionId);
  }

  @SubscribeMessage('media:stage.invite')
  invite(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(stageChangeSchema)) input: StageChange,
  ): Promise<Stage> {
    return this.media.invite(socket.data.personId, input);
  }

  @SubscribeMessage('media:stage.remove')
  remove(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(stageChangeSchema)) input: StageChange,
  ): Promise<Stage> {
    return this.media.remove(socket.data.personId, input);
  }

  @SubscribeMessage('media:publishers.watch')
  watchPublishers(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(mediaSessionRefSchema)) input: MediaSessionRef,
  ): Promise<MediaPublishers> {
    return this.media.watchPublishers(socket, input.sessionId);
  }

  @SubscribeMessage('media:mute')
  mute(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(producerRefSchema)) input: ProducerRef,
  ): Promise<ProducerState> {
    return this.media.mute(socket.data.personId, input);
  }
}
