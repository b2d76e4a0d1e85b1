import type { AckCallback } from '../api-error';
import type {
  ActiveSpeaker,
  ConnectTransport,
  Consume,
  ConsumerLayers,
  ConsumerOptionsWire,
  ConsumerRef,
  ConsumerScore,
  CreateTransport,
  JoinMedia,
  JoinedMedia,
  MediaProducer,
  MediaPublishers,
  MediaReset,
  MediaSpaceRef,
  MuteProducer,
  Produce,
  ProducerRef,
  ProducerState,
  Stage,
  StageChange,
  TransportOptionsWire,
} from './media.schemas';

export interface MediaClientEvents {
  /** Media: join a session's media room (watching), or leave it. */
  'media:join': (payload: JoinMedia, ack: AckCallback<JoinedMedia>) => void;
  'media:leave': (payload: MediaSpaceRef, ack: AckCallback<MediaSpaceRef>) => void;
  /** A send transport only for someone who may publish. */
  'media:transport.create': (
    payload: CreateTransport,
    ack: AckCallback<TransportOptionsWire>,
  ) => void;
  'media:transport.connect': (payload: ConnectTransport, ack: AckCallback<null>) => void;
  /** Speakers, staff, room devices and participants invited to the stage. */
  'media:produce': (payload: Produce, ack: AckCallback<{ producerId: string }>) => void;
  'media:producer.pause': (payload: ProducerRef, ack: AckCallback<ProducerState>) => void;
  'media:producer.resume': (payload: ProducerRef, ack: AckCallback<ProducerState>) => void;
  'media:producer.close': (payload: ProducerRef, ack: AckCallback<ProducerRef>) => void;
  'media:consume': (payload: Consume, ack: AckCallback<ConsumerOptionsWire>) => void;
  'media:consumer.resume': (payload: ConsumerRef, ack: AckCallback<null>) => void;
  'media:consumer.pause': (payload: ConsumerRef, ack: AckCallback<null>) => void;
  'media:consumer.layers': (payload: ConsumerLayers, ack: AckCallback<null>) => void;
  /** Who was invited to the stage; to anyone in the event. */
  'media:stage.get': (payload: MediaSpaceRef, ack: AckCallback<Stage>) => void;
  /** Staff only. */
  'media:stage.invite': (payload: StageChange, ack: AckCallback<Stage>) => void;
  'media:stage.remove': (payload: StageChange, ack: AckCallback<Stage>) => void;
  /** Staff only: pauses someone's microphone or camera; only its owner can turn it back on. */
  'media:mute': (payload: MuteProducer, ack: AckCallback<ProducerState>) => void;
  /**
   * Staff: what the session publishes now, then its changes (producer added, removed, paused),
   * without joining its media: the console mutes from here.
   */
  'media:publishers.watch': (payload: MediaSpaceRef, ack: AckCallback<MediaPublishers>) => void;
}

export interface MediaServerEvents {
  /** To the session's media room on this API node: a track to consume, or one that ended. */
  'media:producer.added': (payload: MediaProducer & { spaceId: string }) => void;
  'media:producer.removed': (payload: ProducerRef) => void;
  'media:producer.state': (payload: ProducerState) => void;
  /** To the consumer's socket: its producer ended, or the server closed it. */
  'media:consumer.closed': (payload: ConsumerRef) => void;
  'media:consumer.score': (payload: ConsumerScore) => void;
  'media:speaker': (payload: ActiveSpeaker) => void;
  'media:stage.changed': (payload: Stage) => void;
  'media:reset': (payload: MediaReset) => void;
}
