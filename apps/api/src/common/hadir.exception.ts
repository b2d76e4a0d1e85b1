import { ErrorCode, type FieldIssue } from '@hadir/contracts';

const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.ValidationFailed]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.Unavailable]: 503,
  [ErrorCode.Internal]: 500,
};

/**
 * The one error type services throw. Its code reaches the client unchanged, in a REST error body
 * or in a live acknowledgement, so clients branch on codes, never on messages.
 */
export class HadirException extends Error {
  override readonly name = 'HadirException';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }

  static forbidden(message = 'You are not allowed to do this'): HadirException {
    return new HadirException(ErrorCode.Forbidden, message);
  }

  static notFound(message: string): HadirException {
    return new HadirException(ErrorCode.NotFound, message);
  }

  static unauthenticated(message = 'Sign in again: your session is missing or has expired') {
    return new HadirException(ErrorCode.Unauthenticated, message);
  }
}
