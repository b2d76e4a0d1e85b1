import { ApiRequestError } from '../api/ApiRequestError';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** The form field an issue path points at: "speakerIds.0" belongs to `speakerIds`. */
function fieldOf<F extends string>(path: string, fields: readonly F[]): F | undefined {
  const head = path.split('.')[0];
  return fields.find((field) => field === head);
}

export interface ServerFieldErrors<F extends string> {
  byField: FieldErrors<F>;
  /** True when no issue could be placed next to a field: the form must show the error itself. */
  unplaced: boolean;
}

/** The server's per-field issues of a failed request, keyed by the form's own fields. */
export function serverFieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
): ServerFieldErrors<F> {
  const byField: FieldErrors<F> = {};
  const issues = error instanceof ApiRequestError ? (error.issues ?? []) : [];
  let placed = 0;
  for (const issue of issues) {
    const field = fieldOf(issue.path, fields);
    if (field === undefined) continue;
    placed++;
    // Several issues on one field read better one at a time; the first is the one to fix first.
    byField[field] ??= issue.message;
  }
  return { byField, unplaced: placed === 0 };
}

/**
 * Client-side validation failures, one translated message per field: the contract's messages are
 * English, and the person may be reading Indonesian.
 */
export function clientFieldErrors<F extends string>(
  issues: readonly { path: readonly PropertyKey[] }[],
  fields: readonly F[],
  messageFor: (field: F) => string,
): FieldErrors<F> {
  const byField: FieldErrors<F> = {};
  for (const issue of issues) {
    const field = fieldOf(String(issue.path[0] ?? ''), fields);
    if (field !== undefined) byField[field] ??= messageFor(field);
  }
  return byField;
}
