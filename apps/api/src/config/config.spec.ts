import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

describe(loadConfig.name, () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'hadir-config-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('should run embedded on defaults: SQLite in the data dir, demo on, port 3000', () => {
    const config = loadConfig({ HADIR_DATA_DIR: dataDir });
    expect(config).toMatchObject({
      port: 3000,
      embedded: true,
      demoMode: true,
      migrateOnStart: true,
      redisUrl: undefined,
      database: { kind: 'sqlite', path: join(dataDir, 'hadir.sqlite') },
    });
  });

  it('should run one media worker per core from port 40000, announcing what it listens on', () => {
    expect(loadConfig({ HADIR_DATA_DIR: dataDir }).media).toMatchObject({
      workers: availableParallelism(),
      listenIp: '0.0.0.0',
      port: 40000,
    });
    expect(
      loadConfig({ HADIR_DATA_DIR: dataDir, MEDIA_LISTEN_IP: '10.1.2.3', MEDIA_WORKERS: '0' })
        .media,
    ).toEqual({
      workers: 0,
      listenIp: '10.1.2.3',
      announcedAddress: '10.1.2.3',
      port: 40000,
      socketPath: null,
      turn: null,
    });
  });

  it('should hand out a TURN relay only when both its URLs and its secret are set', () => {
    const secret = 's'.repeat(40);
    expect(
      loadConfig({
        HADIR_DATA_DIR: dataDir,
        TURN_URLS: 'turns:turn.example.org:443?transport=tcp, turn:turn.example.org:3478',
        TURN_SECRET: secret,
      }).media.turn,
    ).toEqual({
      urls: ['turns:turn.example.org:443?transport=tcp', 'turn:turn.example.org:3478'],
      secret,
      ttlSeconds: 12 * 3600,
    });
    expect(() =>
      loadConfig({ HADIR_DATA_DIR: dataDir, TURN_URLS: 'turn:turn.example.org:3478' }),
    ).toThrow('TURN_SECRET: required with TURN_URLS');
    expect(() => loadConfig({ HADIR_DATA_DIR: dataDir, TURN_SECRET: secret })).toThrow(
      'TURN_URLS: required with TURN_SECRET',
    );
  });

  it('should generate the secret once and keep it in the data dir', () => {
    const first = loadConfig({ HADIR_DATA_DIR: dataDir }).secret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dataDir, 'secret'), 'utf8').trim()).toBe(first);
    expect(loadConfig({ HADIR_DATA_DIR: dataDir }).secret).toBe(first);
  });

  it('should run in production shape with PostgreSQL: demo off, no migration on start, JSON logs', () => {
    const config = loadConfig({
      HADIR_DATA_DIR: dataDir,
      DATABASE_URL: 'postgres://hadir:pw@db:5432/hadir',
      REDIS_URL: 'redis://redis:6379',
      HADIR_SECRET: 'a'.repeat(40),
    });
    expect(config).toMatchObject({
      embedded: false,
      demoMode: false,
      migrateOnStart: false,
      logFormat: 'json',
      redisUrl: 'redis://redis:6379',
      database: { kind: 'postgres', url: 'postgres://hadir:pw@db:5432/hadir' },
    });
    expect(existsSync(join(dataDir, 'secret'))).toBe(false);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT: expected a port number'],
    [{ PORT: '70000' }, 'PORT: expected a port from 0 to 65535'],
    [
      { DATABASE_URL: 'mysql://db/hadir' },
      'DATABASE_URL: expected a postgres:// or postgresql:// URL',
    ],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL: expected a redis:// or rediss:// URL'],
    [{ HADIR_DEMO: 'yes' }, 'HADIR_DEMO: expected true or false'],
    [{ HADIR_SECRET: 'short' }, 'HADIR_SECRET: expected at least 32 characters'],
    [{ MEDIA_WORKERS: 'many' }, 'MEDIA_WORKERS: expected a number of media workers'],
    [{ MEDIA_LISTEN_IP: 'localhost' }, 'MEDIA_LISTEN_IP: expected an IP address'],
    [{ MEDIA_PORT: '-1' }, 'MEDIA_PORT: expected a port from 0 to 65535'],
    [{ MEDIA_SOCKET_PATH: 'media' }, 'MEDIA_SOCKET_PATH: expected a path such as /media/socket.io'],
    [
      { TURN_URLS: 'https://turn.example.org', TURN_SECRET: 's'.repeat(40) },
      'TURN_URLS: expected turn: or turns: URLs',
    ],
    [
      { TURN_URLS: 'turn:turn.example.org', TURN_SECRET: 'short' },
      'TURN_SECRET: expected at least 32',
    ],
    [{ TURN_TTL_SECONDS: '5' }, 'TURN_TTL_SECONDS: expected at least 60 seconds'],
  ])('should stop with a message naming the variable for %j', (env, message) => {
    expect(() => loadConfig({ HADIR_DATA_DIR: dataDir, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ HADIR_DATA_DIR: dataDir, ...env })).toThrow(message);
  });

  it('should require a shared secret when several nodes share PostgreSQL', () => {
    expect(() =>
      loadConfig({ HADIR_DATA_DIR: dataDir, DATABASE_URL: 'postgres://db/hadir' }),
    ).toThrow('HADIR_SECRET: required when DATABASE_URL is set');
  });
});
