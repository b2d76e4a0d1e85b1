import type { INestApplicationContext } from '@nestjs/common';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import Redis from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import { LiveIoAdapter } from './live-io.adapter';

/**
 * Fans live messages out across API nodes through a Redis stream. Unlike the pub/sub adapter,
 * the stream keeps recent messages, which is what connection state recovery replays from when a
 * client reconnects to a different node.
 */
export class RedisIoAdapter extends LiveIoAdapter {
  private readonly redis: Redis;

  constructor(app: INestApplicationContext, redisUrl: string) {
    super(app);
    this.redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: null });
  }

  async connect(): Promise<void> {
    await this.redis.connect();
  }

  override createIOServer(port: number, options?: Partial<ServerOptions>): Server {
    return super.createIOServer(port, { ...options, adapter: createAdapter(this.redis) }) as Server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    this.redis.disconnect();
  }
}
