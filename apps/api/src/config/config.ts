import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { message: 'expected true or false' })
  .transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  PORT: z.coerce
    .number({ message: 'expected a port number' })
    .int('expected a whole port number')
    .min(0, 'expected a port from 0 to 65535')
    .max(65535, 'expected a port from 0 to 65535')
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z
    .url({ message: 'expected an absolute URL such as https://hadir.example.org' })
    .optional(),
  DATABASE_URL: z
    .url({ message: 'expected a PostgreSQL URL such as postgres://user:pass@host:5432/hadir' })
    .refine((url) => /^postgres(ql)?:\/\//.test(url), 'expected a postgres:// or postgresql:// URL')
    .optional(),
  REDIS_URL: z
    .url({ message: 'expected a Redis URL such as redis://host:6379' })
    .refine((url) => /^rediss?:\/\//.test(url), 'expected a redis:// or rediss:// URL')
    .optional(),
  HADIR_DATA_DIR: z.string().min(1).default('./data'),
  HADIR_SECRET: z.string().min(32, 'expected at least 32 characters of random secret').optional(),
  HADIR_DEMO: booleanFlag.optional(),
  HADIR_MIGRATE_ON_START: booleanFlag.optional(),
  HADIR_SEED_DATES: z
    .enum(['shifted', 'original'], { message: 'expected shifted or original' })
    .default('shifted'),
  HADIR_WEB_DIST: z.string().min(1).optional(),
  TRUST_PROXY: z
    .string()
    .regex(
      /^\s*(loopback|linklocal|uniquelocal|[\d.:a-f]+(\/\d+)?)(\s*,\s*(loopback|linklocal|uniquelocal|[\d.:a-f]+(\/\d+)?))*\s*$/i,
      'expected proxy addresses such as uniquelocal or 10.0.0.0/8, comma-separated',
    )
    .optional(),
  RATE_LIMITS: z.enum(['on', 'off'], { message: 'expected on or off' }).default('on'),
  LOG_FORMAT: z.enum(['json', 'text'], { message: 'expected json or text' }).optional(),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  MEDIA_WORKERS: z.coerce
    .number({ message: 'expected a number of media workers' })
    .int('expected a whole number of media workers')
    .min(0, 'expected 0 (no live media) or more media workers')
    .max(64, 'expected at most 64 media workers')
    .optional(),
  MEDIA_LISTEN_IP: z.union([z.ipv4(), z.ipv6()], { message: 'expected an IP address' }).optional(),
  MEDIA_ANNOUNCED_ADDRESS: z.string().min(1).optional(),
  MEDIA_SOCKET_PATH: z
    .string()
    .regex(/^\/[\w/.-]*$/, 'expected a path such as /media/socket.io')
    .optional(),
  MEDIA_PORT: z.coerce
    .number({ message: 'expected a port number' })
    .int('expected a whole port number')
    .min(0, 'expected a port from 0 to 65535')
    .max(65535, 'expected a port from 0 to 65535')
    .default(40000),
  TURN_URLS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((url) => url.trim())
        .filter((url) => url !== ''),
    )
    .pipe(
      z
        .array(
          z
            .string()
            .regex(
              /^turns?:[^\s?]+(\?transport=(udp|tcp))?$/,
              'expected turn: or turns: URLs such as turns:turn.example.org:443?transport=tcp',
            ),
        )
        .min(1, 'expected at least one turn: or turns: URL'),
    )
    .optional(),
  TURN_SECRET: z
    .string()
    .min(32, "expected at least 32 characters, the same as coturn's static-auth-secret")
    .optional(),
  TURN_TTL_SECONDS: z.coerce
    .number({ message: 'expected a number of seconds' })
    .int('expected a whole number of seconds')
    .min(60, 'expected at least 60 seconds')
    .max(7 * 24 * 3600, 'expected at most a week')
    .default(12 * 3600),
});

export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export interface MediaConfig {
  /** mediasoup worker processes; 0 turns live media off. */
  workers: number;
  listenIp: string;
  /** The address browsers send media to: this machine's as its users reach it. */
  announcedAddress: string;
  /** Worker i listens on UDP and TCP port + i; 0 picks free ports (tests). */
  port: number;
  /**
   * Where browsers open a socket for media alone, when a proxy sends every media socket of a
   * session to the same API node (docker-compose's nginx); unset, media uses the live socket.
   */
  socketPath: string | null;
  /** A TURN relay for networks that let nothing but https out; null when none is configured. */
  turn: TurnConfig | null;
}

/**
 * coturn with `use-auth-secret`: the API mints each person credentials that coturn checks
 * against the shared secret, so no TURN user list has to be kept in step with the event.
 */
export interface TurnConfig {
  urls: string[];
  secret: string;
  /** How long minted credentials are honoured; a new join mints new ones. */
  ttlSeconds: number;
}

export interface AppConfig {
  port: number;
  host: string;
  publicUrl: string | undefined;
  database: DatabaseConfig;
  redisUrl: string | undefined;
  dataDir: string;
  secret: string;
  demoMode: boolean;
  /** Apply pending migrations at start-up instead of refusing to start. */
  migrateOnStart: boolean;
  seedDates: 'shifted' | 'original';
  webDist: string;
  logFormat: 'json' | 'text';
  /** express's `trust proxy`: the proxies whose X-Forwarded-For names the client. */
  trustProxy: string | undefined;
  /** Limits on public and costly routes; off only for load tests from one address. */
  rateLimits: boolean;
  shutdownGraceMs: number;
  media: MediaConfig;
  /** Embedded mode: no external database, everything on this machine. */
  embedded: boolean;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads the whole configuration from the environment once, at start-up. A wrong value stops the
 * process with a message naming the variable, so a mistyped deploy fails before it serves anyone.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const values = parseEnv(env);
  const dataDir = resolve(values.HADIR_DATA_DIR);
  const database = databaseConfig(values);
  const embedded = database.kind === 'sqlite';

  return {
    port: values.PORT,
    host: values.HOST,
    publicUrl: values.PUBLIC_URL?.replace(/\/$/, ''),
    database,
    redisUrl: values.REDIS_URL,
    dataDir,
    secret: values.HADIR_SECRET ?? embeddedSecret(dataDir, embedded),
    demoMode: values.HADIR_DEMO ?? embedded,
    migrateOnStart: values.HADIR_MIGRATE_ON_START ?? embedded,
    seedDates: values.HADIR_SEED_DATES,
    webDist: resolve(values.HADIR_WEB_DIST ?? join(__dirname, '..', '..', '..', 'web', 'dist')),
    logFormat: values.LOG_FORMAT ?? (embedded ? 'text' : 'json'),
    trustProxy: values.TRUST_PROXY,
    rateLimits: values.RATE_LIMITS === 'on',
    shutdownGraceMs: values.SHUTDOWN_GRACE_MS,
    media: {
      workers: values.MEDIA_WORKERS ?? availableParallelism(),
      listenIp: values.MEDIA_LISTEN_IP ?? '0.0.0.0',
      announcedAddress: values.MEDIA_ANNOUNCED_ADDRESS ?? values.MEDIA_LISTEN_IP ?? lanAddress(),
      port: values.MEDIA_PORT,
      socketPath: values.MEDIA_SOCKET_PATH ?? null,
      turn: turnConfig(values),
    },
    embedded,
  };
}

/**
 * Where browsers on this machine and on its network can reach it: its first non-loopback IPv4
 * address. Behind NAT or in a container, MEDIA_ANNOUNCED_ADDRESS must say the public one.
 */
function lanAddress(): string {
  const addresses = Object.values(networkInterfaces()).flatMap((list) => list ?? []);
  return (
    addresses.find((entry) => entry.family === 'IPv4' && !entry.internal)?.address ?? '127.0.0.1'
  );
}

function turnConfig(values: z.infer<typeof envSchema>): TurnConfig | null {
  const { TURN_URLS: urls, TURN_SECRET: secret } = values;
  if (urls === undefined && secret === undefined) return null;
  if (urls === undefined || secret === undefined) {
    const [missing, given] =
      urls === undefined ? ['TURN_URLS', 'TURN_SECRET'] : ['TURN_SECRET', 'TURN_URLS'];
    throw new ConfigError(
      `Invalid configuration:\n  ${missing}: required with ${given} (the relay needs both its addresses and its secret)`,
    );
  }
  return { urls, secret, ttlSeconds: values.TURN_TTL_SECONDS };
}

/** Only what the migration command needs: it must not require the API's secrets. */
export function loadDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  return databaseConfig(parseEnv(env));
}

function parseEnv(env: NodeJS.ProcessEnv): z.infer<typeof envSchema> {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${String(issue.path[0])}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

function databaseConfig(values: z.infer<typeof envSchema>): DatabaseConfig {
  return values.DATABASE_URL === undefined
    ? { kind: 'sqlite', path: join(resolve(values.HADIR_DATA_DIR), 'hadir.sqlite') }
    : { kind: 'postgres', url: values.DATABASE_URL };
}

/**
 * Embedded mode makes its own signing secret once and keeps it beside the database, so tokens
 * survive restarts without the newcomer configuring anything. Shared deployments must set
 * HADIR_SECRET: every API node has to sign and verify with the same one.
 */
function embeddedSecret(dataDir: string, embedded: boolean): string {
  if (!embedded) {
    throw new ConfigError(
      'Invalid configuration:\n  HADIR_SECRET: required when DATABASE_URL is set (at least 32 random characters, the same on every API node)',
    );
  }
  const file = join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
