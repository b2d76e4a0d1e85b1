import { z } from 'zod';
import { idSchema } from '../common/ids';

/*
 * Live media signalling. The SFU (mediasoup) checks RTP and DTLS parameters in depth; these
 * schemas bound their shape and size so that nothing unbounded reaches it.
 */

/** mediasoup's own ids (transports, producers, consumers) are UUIDs it generates. */
const mediaIdSchema = z.uuid({ message: 'Unknown media id' });

const boundedObject = z.looseObject({}).refine((value) => JSON.stringify(value).length < 20_000, {
  message: 'Media parameters are too large',
});

const rtpCodecSchema = z.looseObject({
  mimeType: z.string().max(64),
  payloadType: z.number().int().min(0).max(127),
  clockRate: z.number().int().positive(),
});

export const rtpParametersSchema = z
  .looseObject({
    codecs: z.array(rtpCodecSchema).min(1).max(16),
    encodings: z.array(z.looseObject({})).max(8).optional(),
    headerExtensions: z.array(z.looseObject({})).max(32).optional(),
  })
  .and(boundedObject);
/** Opaque to Hadir: mediasoup's RtpParameters, validated by mediasoup itself. */
export type RtpParametersWire = z.infer<typeof rtpParametersSchema>;

export const rtpCapabilitiesSchema = z
  .looseObject({ codecs: z.array(z.looseObject({})).max(64) })
  .and(boundedObject);
export type RtpCapabilitiesWire = z.infer<typeof rtpCapabilitiesSchema>;

export const dtlsParametersSchema = z
  .looseObject({
    role: z.enum(['auto', 'client', 'server']).optional(),
    fingerprints: z
      .array(z.object({ algorithm: z.string().max(16), value: z.string().max(256) }))
      .min(1)
      .max(8),
  })
  .and(boundedObject);
export type DtlsParametersWire = z.infer<typeof dtlsParametersSchema>;

/** What a producer carries; a participant's camera and a shared screen are laid out apart. */
export const mediaSourceSchema = z.enum(['camera', 'microphone', 'screen'], {
  message: 'Use camera, microphone or screen',
});
export type MediaSource = z.infer<typeof mediaSourceSchema>;

export const mediaKindSchema = z.enum(['audio', 'video']);
export type MediaKind = z.infer<typeof mediaKindSchema>;

/** Which medium a source must be sent as. */
export const SOURCE_KIND: Record<MediaSource, MediaKind> = {
  camera: 'video',
  microphone: 'audio',
  screen: 'video',
};

export const ROOM_DEVICE_LABEL_MAX = 60;

export const joinMediaSchema = z.object({
  /** The media space: a session, or a breakout room (its id), in every media message. */
  spaceId: idSchema,
  /**
   * Set by a room device (the hall's AV PC, a table's laptop): it publishes as one tile standing
   * for the people around it, labelled so remote people know who they see. Staff only.
   */
  roomDevice: z
    .object({
      label: z
        .string()
        .trim()
        .min(1, 'Name the room or table this device is for')
        .max(ROOM_DEVICE_LABEL_MAX, `At most ${ROOM_DEVICE_LABEL_MAX} characters`),
    })
    .optional(),
});
export type JoinMedia = z.infer<typeof joinMediaSchema>;

export const mediaSpaceRefSchema = z.object({ spaceId: idSchema });
export type MediaSpaceRef = z.infer<typeof mediaSpaceRefSchema>;

/** One published track, as viewers see it. */
export const mediaProducerSchema = z.object({
  id: mediaIdSchema,
  peerId: z.string(),
  personId: idSchema,
  /** The person's name, or the room device's label. */
  name: z.string(),
  roomDevice: z.boolean(),
  kind: mediaKindSchema,
  source: mediaSourceSchema,
  paused: z.boolean(),
});
export type MediaProducer = z.infer<typeof mediaProducerSchema>;

/** What a session publishes now, for staff who watch it without joining its media. */
export const mediaPublishersSchema = z.object({
  spaceId: idSchema,
  producers: z.array(mediaProducerSchema),
});
export type MediaPublishers = z.infer<typeof mediaPublishersSchema>;

export const stagePersonSchema = z.object({ personId: idSchema, name: z.string() });
export type StagePerson = z.infer<typeof stagePersonSchema>;

export const stageSchema = z.object({
  spaceId: idSchema,
  /** Participants a moderator invited; speakers and staff publish without an invitation. */
  invited: z.array(stagePersonSchema),
});
export type Stage = z.infer<typeof stageSchema>;

export const joinedMediaSchema = z.object({
  spaceId: idSchema,
  peerId: z.string(),
  routerRtpCapabilities: rtpCapabilitiesSchema,
  producers: z.array(mediaProducerSchema),
  /** Speakers, staff and room devices publish without an invitation to the stage. */
  publishesByRole: z.boolean(),
  staff: z.boolean(),
  stage: stageSchema,
  activeSpeakerPeerId: z.string().nullable(),
});
export type JoinedMedia = z.infer<typeof joinedMediaSchema>;

export const createTransportSchema = z.object({
  spaceId: idSchema,
  direction: z.enum(['send', 'recv']),
});
export type CreateTransport = z.infer<typeof createTransportSchema>;

/** A TURN relay as RTCPeerConnection takes it, with credentials minted for this person. */
export const iceServerSchema = z.object({
  urls: z.array(z.string()),
  username: z.string(),
  credential: z.string(),
});
export type IceServer = z.infer<typeof iceServerSchema>;

export const transportOptionsSchema = z.object({
  id: mediaIdSchema,
  iceParameters: z.looseObject({}),
  iceCandidates: z.array(z.looseObject({})),
  dtlsParameters: z.looseObject({}),
  /** Empty when the deployment has no relay: media then goes straight to the server or not at all. */
  iceServers: z.array(iceServerSchema),
});
export type TransportOptionsWire = z.infer<typeof transportOptionsSchema>;

export const connectTransportSchema = z.object({
  spaceId: idSchema,
  transportId: mediaIdSchema,
  dtlsParameters: dtlsParametersSchema,
});
export type ConnectTransport = z.infer<typeof connectTransportSchema>;

export const produceSchema = z.object({
  spaceId: idSchema,
  transportId: mediaIdSchema,
  kind: mediaKindSchema,
  source: mediaSourceSchema,
  rtpParameters: rtpParametersSchema,
  paused: z.boolean().default(false),
});
export type Produce = z.input<typeof produceSchema>;

export const producerRefSchema = z.object({ spaceId: idSchema, producerId: mediaIdSchema });
export type ProducerRef = z.infer<typeof producerRefSchema>;

export const consumeSchema = z.object({
  spaceId: idSchema,
  producerId: mediaIdSchema,
  rtpCapabilities: rtpCapabilitiesSchema,
});
export type Consume = z.infer<typeof consumeSchema>;

/** A consumer starts paused: the client resumes it once its track is wired to a tile. */
export const consumerOptionsSchema = z.object({
  id: mediaIdSchema,
  producerId: mediaIdSchema,
  kind: mediaKindSchema,
  rtpParameters: z.looseObject({}),
  producerPaused: z.boolean(),
});
export type ConsumerOptionsWire = z.infer<typeof consumerOptionsSchema>;

export const consumerRefSchema = z.object({ spaceId: idSchema, consumerId: mediaIdSchema });
export type ConsumerRef = z.infer<typeof consumerRefSchema>;

/** The simulcast layer that fits a tile: 0 for a thumbnail, 2 for the main view. */
export const consumerLayersSchema = consumerRefSchema.extend({
  spatialLayer: z.number().int().min(0).max(2),
});
export type ConsumerLayers = z.infer<typeof consumerLayersSchema>;

export const stageChangeSchema = z.object({ spaceId: idSchema, personId: idSchema });
export type StageChange = z.infer<typeof stageChangeSchema>;

export const muteProducerSchema = producerRefSchema;
export type MuteProducer = ProducerRef;

/** 0 (nothing arrives) to 10 (perfect), mediasoup's view of a stream; drives the quality bars. */
export const consumerScoreSchema = z.object({
  spaceId: idSchema,
  consumerId: mediaIdSchema,
  score: z.number().int().min(0).max(10),
  producerScore: z.number().int().min(0).max(10),
});
export type ConsumerScore = z.infer<typeof consumerScoreSchema>;

export const producerStateSchema = z.object({
  spaceId: idSchema,
  producerId: mediaIdSchema,
  paused: z.boolean(),
  /** Set when a moderator muted it, so its owner can say so. */
  mutedBy: z.string().optional(),
});
export type ProducerState = z.infer<typeof producerStateSchema>;

export const activeSpeakerSchema = z.object({
  spaceId: idSchema,
  peerId: z.string().nullable(),
});
export type ActiveSpeaker = z.infer<typeof activeSpeakerSchema>;

/** The media server lost this session's media (a worker restarted): join again. */
export const mediaResetSchema = z.object({ spaceId: idSchema, reason: z.string() });
export type MediaReset = z.infer<typeof mediaResetSchema>;

/** Live media objects on one API node; they return to zero when everyone has left. */
export const mediaCountsSchema = z.object({
  workers: z.number().int(),
  routers: z.number().int(),
  transports: z.number().int(),
  producers: z.number().int(),
  consumers: z.number().int(),
});
export type MediaCounts = z.infer<typeof mediaCountsSchema>;
