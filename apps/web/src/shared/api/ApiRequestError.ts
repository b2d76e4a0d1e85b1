import {
  type ApiError,
  type ErrorParamValue,
  type ErrorReason,
  type FieldIssue,
} from '@hadir/contracts';

/**
 * A failed REST call or acknowledgement, carrying the server's code so callers can branch on it,
 * and its reason and values so the reader sees it in their language.
 */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  readonly code: ApiError['code'];
  readonly reason: ErrorReason;
  readonly params: Readonly<Record<string, ErrorParamValue>>;
  readonly issues: FieldIssue[] | undefined;

  constructor(
    readonly status: number | null,
    error: ApiError,
  ) {
    super(error.message);
    this.code = error.code;
    this.reason = error.reason;
    this.params = error.params ?? {};
    this.issues = error.issues;
  }
}
