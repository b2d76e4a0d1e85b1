import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/**
 * The counters behind @RateLimit: in this process on one node, in Redis when there are several
 * (ThrottlerModule is global, so every controller's guard finds them).
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ limit: 60, ttl: 60_000 }],
        skipIf: () => !config.rateLimits,
        storage: config.redisUrl ? new RedisThrottlerStorage(config.redisUrl) : undefined,
      }),
    }),
  ],
})
export class RateLimitModule {}
