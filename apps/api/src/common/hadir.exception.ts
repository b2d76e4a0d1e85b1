import {
  errorDefinition,
  ErrorCode,
  fillIn,
  type ErrorParams,
  type ErrorParamValue,
  type ErrorReason,
  type FieldIssue,
  type ReasonWithParams,
} from '@hadir/contracts';

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

/** A reason's values when its message names any; otherwise nothing to pass but the issues. */
type Details<R extends ErrorReason> = [keyof ErrorParams<R>] extends [never]
  ? [params?: Record<string, never>, issues?: FieldIssue[]]
  : [params: ErrorParams<R>, issues?: FieldIssue[]];

/**
 * The one error type services throw, always for a reason of the contracts' catalogue. Its code,
 * reason and values reach the client unchanged, in a REST error body or in a live
 * acknowledgement: clients branch on codes and translate reasons, never parse messages.
 */
export class HadirException extends Error {
  override readonly name = 'HadirException';
  readonly code: ErrorCode;
  readonly reason: ErrorReason;
  readonly params: Readonly<Record<string, ErrorParamValue>>;
  readonly issues: FieldIssue[] | undefined;

  private constructor(
    reason: ErrorReason,
    params: Readonly<Record<string, ErrorParamValue>>,
    issues: FieldIssue[] | undefined,
  ) {
    const definition = errorDefinition(reason);
    super(fillIn(definition.message, params));
    this.code = definition.code;
    this.reason = reason;
    this.params = params;
    this.issues = issues;
  }

  static of<R extends ErrorReason>(reason: R, ...[params, issues]: Details<R>): HadirException {
    return new HadirException(reason, params ?? {}, issues);
  }

  /** For a reason that other code chose, with its values. */
  static from({ reason, params }: ReasonWithParams, issues?: FieldIssue[]): HadirException {
    return new HadirException(reason, params, issues);
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
}
