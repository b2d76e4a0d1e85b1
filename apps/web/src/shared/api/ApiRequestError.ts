import { type ApiError, type FieldIssue } from '@hadir/contracts';

/** A failed REST call or acknowledgement, carrying the server's code so callers can branch on it. */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  readonly code: ApiError['code'];
  readonly issues: FieldIssue[] | undefined;

  constructor(
    readonly status: number | null,
    error: ApiError,
  ) {
    super(error.message);
    this.code = error.code;
    this.issues = error.issues;
  }
}
