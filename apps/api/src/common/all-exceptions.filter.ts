import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { toApiError } from './to-api-error';

/** REST errors all share one body: `{ error: { code, message, issues? } }`. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return;
    const { status, error } = toApiError(exception);
    host.switchToHttp().getResponse<Response>().status(status).json({ error });
  }
}
