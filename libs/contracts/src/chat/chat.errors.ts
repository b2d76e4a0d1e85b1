import { ErrorCode, type ErrorCatalogue } from '../common/errors';

/** Failures of a session's chat. */
export const chatErrors = {
  messageIdTaken: { code: ErrorCode.Conflict, message: 'This message id is taken' },
  muted: {
    code: ErrorCode.Forbidden,
    message: 'A moderator has muted you in this session’s chat',
  },
  tooManyMessages: {
    code: ErrorCode.RateLimited,
    message: 'You can send {{limit}} messages in {{window}} s. Try again in {{seconds}} s.',
  },
  messageNotFound: {
    code: ErrorCode.NotFound,
    message: 'There is no such message in this session',
  },
} as const satisfies ErrorCatalogue;
