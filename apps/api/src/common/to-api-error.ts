import { HttpException, Logger } from '@nestjs/common';
import { ErrorCode, type ApiError } from '@hadir/contracts';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import { HadirException } from './hadir.exception';

const logger = new Logger('Errors');

export interface MappedError {
  status: number;
  error: ApiError;
}

const HTTP_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.ValidationFailed,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  429: ErrorCode.RateLimited,
};

/** Turns anything thrown in a route or live handler into what the client is told. */
export function toApiError(thrown: unknown): MappedError {
  if (thrown instanceof HadirException) {
    return {
      status: thrown.httpStatus,
      error: {
        code: thrown.code,
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
    return {
      status: 400,
      error: { code: ErrorCode.ValidationFailed, message: `Invalid input: ${summary}`, issues },
    };
  }
  if (thrown instanceof HttpException) {
    const status = thrown.getStatus();
    const code = HTTP_CODES[status];
    if (code) return { status, error: { code, message: thrown.message } };
  }
  logger.error(thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown));
  return {
    status: 500,
    error: { code: ErrorCode.Internal, message: 'Something went wrong on our side; try again' },
  };
}
