import { ErrorCode, type ErrorCatalogue } from '../common/errors';

/** Failures of a session's audio and video. */
export const mediaErrors = {
  turnedOff: {
    code: ErrorCode.Unavailable,
    message: 'Live audio and video are turned off on this server',
  },
  unavailable: {
    code: ErrorCode.Unavailable,
    message: 'Live audio and video are not available right now; try again in a moment',
  },
  restarting: {
    code: ErrorCode.Unavailable,
    message: 'The media server is restarting; joining again in a moment',
  },
  roomDeviceStaffOnly: {
    code: ErrorCode.Forbidden,
    message: 'Only staff can set up a room device',
  },
  notOnStage: {
    code: ErrorCode.Forbidden,
    message: 'Only people on stage can speak or show video: raise your hand to ask a moderator',
  },
  notJoined: { code: ErrorCode.NotFound, message: 'Join the session’s audio and video first' },
  connectionEnded: {
    code: ErrorCode.NotFound,
    message: 'This media connection has ended; join again',
  },
  noReceivingConnection: {
    code: ErrorCode.NotFound,
    message: 'Open a receiving connection first',
  },
  trackEnded: { code: ErrorCode.NotFound, message: 'This track has ended' },
  cameraNotVideo: { code: ErrorCode.ValidationFailed, message: 'A camera is sent as video' },
  microphoneNotAudio: {
    code: ErrorCode.ValidationFailed,
    message: 'A microphone is sent as audio',
  },
  screenNotVideo: { code: ErrorCode.ValidationFailed, message: 'A screen is sent as video' },
  cannotPlayTrack: {
    code: ErrorCode.ValidationFailed,
    message: 'This browser cannot play this track',
  },
  /** mediasoup refused what the client sent; its own (English) explanation is the detail. */
  requestRefused: {
    code: ErrorCode.ValidationFailed,
    message: 'The media server refused this request: {{detail}}',
  },
} as const satisfies ErrorCatalogue;
