import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

const PING_TIMEOUT_MS = 2000;

/** Its own connection, so a health probe never queues behind the adapter's blocking reads. */
@Injectable()
export class RedisHealth implements OnApplicationShutdown {
  private readonly redis: Redis | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = config.redisUrl
      ? new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 })
      : undefined;
  }

  async check(): Promise<{ status: 'up' | 'down' | 'not_configured'; message?: string }> {
    if (!this.redis) return { status: 'not_configured' };
    try {
      await Promise.race([
        this.redis.ping(),
        new Promise((_, reject) =>
          setTimeout(
            () => reject(new Error('Redis did not answer in time')),
            PING_TIMEOUT_MS,
          ).unref(),
        ),
      ]);
      return { status: 'up' };
    } catch (thrown) {
      return { status: 'down', message: thrown instanceof Error ? thrown.message : String(thrown) };
    }
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }
}
