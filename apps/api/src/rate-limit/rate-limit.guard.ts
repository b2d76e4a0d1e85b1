import { applyDecorators, type ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { Throttle, ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Request } from 'express';
import { HadirException } from '../common/hadir.exception';

interface MaybeSignedInRequest extends Request {
  personId?: string;
}

/**
 * Counts per signed-in person where there is one and per address otherwise: a whole venue on
 * one Wi-Fi shares an address, so limits on signed-in routes must not add its people together.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override getTracker(request: MaybeSignedInRequest): Promise<string> {
    return Promise.resolve(
      request.personId ? `person:${request.personId}` : `ip:${request.ip ?? ''}`,
    );
  }

  protected override throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw HadirException.of('common.tooManyRequests', {
      seconds: Math.max(detail.timeToBlockExpire, 1),
    });
  }
}

/** At most `limit` calls of the route a minute per person (or per address, before sign-in). */
export const RateLimit = (limit: number) =>
  applyDecorators(Throttle({ default: { limit, ttl: 60_000 } }), UseGuards(RateLimitGuard));
