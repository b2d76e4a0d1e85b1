import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { Ack } from '@hadir/contracts';
import { catchError, map, type Observable, of } from 'rxjs';
import { toApiError } from '../common/to-api-error';

/**
 * Wraps every live handler so that the client's acknowledgement is `{ ok: true, data }` or
 * `{ ok: false, error }`. Validation pipes run inside it, so a malformed payload is answered
 * with VALIDATION_FAILED instead of an unacknowledged emit.
 */
@Injectable()
export class LiveAckInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<Ack<unknown>> {
    return next.handle().pipe(
      map((data: unknown): Ack<unknown> => ({ ok: true, data: data ?? null })),
      catchError((thrown: unknown) =>
        of<Ack<unknown>>({ ok: false, error: toApiError(thrown).error }),
      ),
    );
  }
}
