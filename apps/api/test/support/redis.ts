/**
 * The scale-out tests are about Redis, so they need one: REDIS_URL, or the default local server.
 * When neither answers they fail with this message rather than pass without testing anything.
 */
export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
