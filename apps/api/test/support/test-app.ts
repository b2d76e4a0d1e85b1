import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type {
  DemoPerson,
  LiveClientToServerEvents,
  LiveServerToClientEvents,
  Role,
  SessionTokenResponse,
} from '@hadir/contracts';
import { LIVE_NAMESPACE } from '@hadir/contracts';
import { io, type Socket } from 'socket.io-client';
import request from 'supertest';
import { createApp } from '../../src/bootstrap';
import { type AppConfig, type DatabaseConfig, loadConfig } from '../../src/config/config';

export type LiveClient = Socket<LiveServerToClientEvents, LiveClientToServerEvents>;

export interface TestApp {
  app: INestApplication;
  url: string;
  config: AppConfig;
  close(): Promise<void>;
}

export interface TestAppOptions {
  database: DatabaseConfig;
  redisUrl?: string;
  demoMode?: boolean;
  /** Shared by nodes that must accept each other's tokens. */
  secret?: string;
  /** Suites sign dozens of people in from one address; only the rate-limit suite wants limits. */
  rateLimits?: boolean;
  /** express's trust proxy: lets a suite act as the proxy and name each client's address. */
  trustProxy?: string;
  /** mediasoup workers; live media is off unless a suite needs it. */
  mediaWorkers?: number;
}

/** The real application on a free port, seeded with the demo programme. */
export async function startTestApp(options: TestAppOptions): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hadir-app-'));
  const config: AppConfig = {
    ...loadConfig({
      HADIR_DATA_DIR: dataDir,
      HADIR_SECRET: options.secret ?? 'integration-test-secret-integration-test-secret',
      HADIR_DEMO: options.demoMode === false ? 'false' : 'true',
      HADIR_MIGRATE_ON_START: 'true',
      LOG_FORMAT: 'json',
      RATE_LIMITS: options.rateLimits ? 'on' : 'off',
      ...(options.trustProxy ? { TRUST_PROXY: options.trustProxy } : {}),
    }),
    database: options.database,
    redisUrl: options.redisUrl,
    webDist: join(dataDir, 'no-web-build'),
    media: {
      workers: options.mediaWorkers ?? 0,
      listenIp: '127.0.0.1',
      announcedAddress: '127.0.0.1',
      port: 0,
      socketPath: null,
      turn: null,
    },
  };
  const app = await createApp(config);
  app.useLogger(false);
  await app.listen(0, '127.0.0.1');
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    config,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function demoPeople(app: TestApp): Promise<DemoPerson[]> {
  const response = await request(app.url).get('/api/demo/people').expect(200);
  return (response.body as { people: DemoPerson[] }).people;
}

export function findPerson(
  people: DemoPerson[],
  predicate: (person: DemoPerson) => boolean,
  what: string,
): DemoPerson {
  const person = people.find(predicate);
  if (!person) throw new Error(`The demo programme has no ${what}`);
  return person;
}

export const withRole = (role: Role) => (person: DemoPerson) => person.roles.includes(role);

export async function signIn(app: TestApp, person: DemoPerson): Promise<SessionTokenResponse> {
  const response = await request(app.url)
    .post('/api/auth/invitations/redeem')
    .send({ token: person.invitationToken })
    .expect(200);
  return response.body as SessionTokenResponse;
}

/** Signs in the demo programme's first person with `role` (from `people` when already read). */
export async function signInAs(
  app: TestApp,
  role: Role,
  people?: DemoPerson[],
): Promise<SessionTokenResponse & { person: DemoPerson }> {
  const person = findPerson(people ?? (await demoPeople(app)), withRole(role), role);
  return { ...(await signIn(app, person)), person };
}

/** Opens an invitation link (`/join?token=…`) as its person does. */
export async function redeem(app: TestApp, path: string): Promise<SessionTokenResponse> {
  const token = new URL(path, app.url).searchParams.get('token');
  const response = await request(app.url)
    .post('/api/auth/invitations/redeem')
    .send({ token })
    .expect(200);
  return response.body as SessionTokenResponse;
}

/** A socket.io client as the web app makes it; resolves once connected. */
export function connectLive(url: string, token: string | undefined): Promise<LiveClient> {
  const socket: LiveClient = io(`${url}${LIVE_NAMESPACE}`, {
    auth: token === undefined ? {} : { token },
    transports: ['websocket'],
    reconnectionDelay: 100,
    reconnectionDelayMax: 200,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Resolves with the next `event` the socket receives, or rejects after `ms`. */
export function nextEvent<E extends keyof LiveServerToClientEvents>(
  socket: LiveClient,
  event: E,
  ms = 5000,
): Promise<Parameters<LiveServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No ${event} within ${ms} ms`)), ms);
    (socket.once as (e: E, listener: (payload: never) => void) => void)(event, (payload) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}
