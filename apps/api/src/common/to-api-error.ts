import { HttpException, Logger } from '@nestjs/common';
import { type ApiError, errorDefinition, type ErrorReason } from '@hadir/contracts';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import { HadirException } from './hadir.exception';

const logger = new Logger('Errors');

export interface MappedError {
  status: number;
  error: ApiError;
}

/** What the framework's own HTTP errors (an unknown route, a body too large) mean to a client. */
const HTTP_REASONS: Record<number, ErrorReason> = {
  400: 'common.badRequest',
  401: 'common.signInAgain',
  403: 'common.forbidden',
  404: 'common.notFound',
  409: 'common.conflict',
  413: 'common.tooLarge',
  429: 'common.slowDown',
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
    const reason = HTTP_REASONS[status];
    if (reason) {
      return {
        status,
        error: { code: errorDefinition(reason).code, reason, message: thrown.message },
      };
    }
  }
  logger.error(thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown));
  return toApiError(HadirException.of('common.internal'));
}
