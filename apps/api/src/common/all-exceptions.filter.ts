import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { toApiError } from './to-api-error';

/** REST errors all share one body: `{ error: { code, message, issues? } }`. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return;
    const { status, error } = toApiError(exception);
    const response = host.switchToHttp().getResponse<Response>();
    // A route that names its own file type (a CSV, a calendar) still answers a failure in JSON,
    // and not as a file to save.
    response.removeHeader('Content-Disposition');
    response.status(status).type('application/json').json({ error });
  }
}
