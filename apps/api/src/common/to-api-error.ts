import { HttpException, Logger } from '@nestjs/common';
import { ErrorCode, type ApiError, type ErrorReason } from '@hadir/contracts';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import { HadirException } from './hadir.exception';

const logger = new Logger('Errors');

export interface MappedError {
  status: number;
  error: ApiError;
}

/** What the framework's own HTTP errors (an unknown route, a body too large) mean to a client. */
const HTTP_REASONS: Record<number, { code: ErrorCode; reason: ErrorReason }> = {
  400: { code: ErrorCode.ValidationFailed, reason: 'common.badRequest' },
  401: { code: ErrorCode.Unauthenticated, reason: 'common.signInAgain' },
  403: { code: ErrorCode.Forbidden, reason: 'common.forbidden' },
  404: { code: ErrorCode.NotFound, reason: 'common.notFound' },
  409: { code: ErrorCode.Conflict, reason: 'common.conflict' },
  413: { code: ErrorCode.ValidationFailed, reason: 'common.tooLarge' },
  429: { code: ErrorCode.RateLimited, reason: 'common.slowDown' },
};

/** Turns anything thrown in a route or live handler into what the client is told. */
export function toApiError(thrown: unknown): MappedError {
  if (thrown instanceof HadirException) {
    return {
      status: thrown.httpStatus,
      error: {
        code: thrown.code,
        reason: thrown.reason,
        ...(Object.keys(thrown.params).length > 0 ? { params: { ...thrown.params } } : {}),
        message: thrown.message,
        ...(thrown.issues ? { issues: thrown.issues } : {}),
      },
    };
  }
  const zodError = thrown instanceof ZodValidationException ? thrown.getZodError() : thrown;
  if (zodError instanceof ZodError) {
    const issues = zodError.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    const invalid = HadirException.of('common.invalidInput', { summary }, issues);
    return toApiError(invalid);
  }
  if (thrown instanceof HttpException) {
    const status = thrown.getStatus();
    const known = HTTP_REASONS[status];
    if (known) return { status, error: { ...known, message: thrown.message } };
  }
  logger.error(thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown));
  return toApiError(HadirException.of('common.internal'));
}
