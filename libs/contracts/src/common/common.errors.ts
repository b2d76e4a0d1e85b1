import { ErrorCode, type ErrorCatalogue } from './errors';

/** Failures any feature can meet: access, input, limits and the server itself. */
export const commonErrors = {
  invalidInput: { code: ErrorCode.ValidationFailed, message: 'Invalid input: {{summary}}' },
  badRequest: { code: ErrorCode.ValidationFailed, message: 'This request could not be read' },
  tooLarge: { code: ErrorCode.ValidationFailed, message: 'This is too large to send' },
  signInAgain: {
    code: ErrorCode.Unauthenticated,
    message: 'Sign in again: your session is missing or has expired',
  },
  forbidden: { code: ErrorCode.Forbidden, message: 'You are not allowed to do this' },
  sessionStaffOnly: {
    code: ErrorCode.Forbidden,
    message: "Only the session's moderators and organisers may do this",
  },
  notFound: { code: ErrorCode.NotFound, message: 'There is nothing here' },
  conflict: { code: ErrorCode.Conflict, message: 'This clashes with a change made meanwhile' },
  tooManyRequests: {
    code: ErrorCode.RateLimited,
    message: 'Too many requests: try again in {{seconds}} s.',
  },
  slowDown: { code: ErrorCode.RateLimited, message: 'Too many requests; wait a moment' },
  internal: { code: ErrorCode.Internal, message: 'Something went wrong on our side; try again' },
} as const satisfies ErrorCatalogue;
