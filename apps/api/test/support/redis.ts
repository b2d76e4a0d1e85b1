import Redis from 'ioredis';

/**
 * The scale-out tests are about Redis, so they need one: REDIS_URL, or the default local server.
 * When neither answers they fail with this message rather than pass without testing anything.
 */
export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export async function requireRedis(): Promise<void> {
  const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0 });
  await probe.connect().catch((error: Error) => {
    throw new Error(`These tests need Redis at ${redisUrl} (set REDIS_URL): ${error.message}`);
  });
  probe.disconnect();
}
