import { z } from 'zod';

/** Stable codes a client can branch on; the message is for people. */
export const ErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  /** Too many of one action too fast; the message says when to try again. */
  RateLimited: 'RATE_LIMITED',
  /** A part of the server is not running (live media without its worker); try again later. */
  Unavailable: 'UNAVAILABLE',
  Internal: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const errorCodeSchema = z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]);

export const fieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** What one failure says in English, with `{{name}}` where its parameters go. */
export interface ErrorDefinition {
  code: ErrorCode;
  message: string;
}

/** A feature's failures, each under a stable key that clients translate. */
export type ErrorCatalogue = Record<string, ErrorDefinition>;
