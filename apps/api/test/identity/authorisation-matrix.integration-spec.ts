import { randomUUID } from 'node:crypto';
import { PATH_METADATA, METHOD_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { MESSAGE_METADATA } from '@nestjs/websockets/constants';
import type {
  EventAgenda,
  EventExport,
  EventPerson,
  ImportedEvent,
  InvitationLink,
  LiveClientToServerEvents,
  SessionTokenResponse,
} from '@hadir/contracts';
import { ZodValidationPipe } from 'nestjs-zod';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { PUBLIC_ROUTE } from '../../src/identity/session-auth.guard';
import { databasesUnderTest, type TestDatabase } from '../support/databases';
import { call } from '../support/session-live';
import {
  connectLive,
  demoPeople,
  findPerson,
  type LiveClient,
  redeem,
  signIn,
  signInAs,
  startTestApp,
  type TestApp,
} from '../support/test-app';

type LiveEvent = keyof LiveClientToServerEvents;
interface Handler {
  event: LiveEvent;
  schema: z.ZodType;
}
interface Route {
  method: string;
  path: string;
  body: z.ZodType | null;
  public: boolean;
}

/**
 * Live events that only let go of what the caller's own connection holds (a session, a room, a
 * plan it follows): answering them for something the caller never held changes nothing.
 */
const LETTING_GO = new Set<string>([
  'session:presence.leave',
  'media:leave',
  'breakout:room.leave',
  'plan:close',
]);
/** Routes that act on the caller's own sign-in rather than on an event named in them. */
const OWN = new Set(['GET /api/me', 'PATCH /api/me', 'GET /api/events', 'POST /api/events/import']);
const PUBLIC = [
  'GET /api/calendar/:file',
  'GET /api/certificates/:code',
  'GET /api/demo/people',
  'GET /api/health',
  'GET /api/meta',
  'POST /api/auth/invitations/redeem',
].sort();

/**
 * Every live event and REST route, discovered from the running application, tried by people who
 * must not act in event A: B's organiser and B's participant (signed in to another event), nobody
 * (no token) and a revoked invitation. Each try is refused, and afterwards every table holds
 * exactly what it held before.
 */
describe.each(databasesUnderTest())('authorisation of every handler on $kind', ({ create }) => {
  let database: TestDatabase;
  let app: TestApp;
  let ids: Record<string, string>;
  let outsiders: { who: string; token: string }[];
  let revoked: string;
  let handlers: Handler[];
  let routes: Route[];
  const sockets: LiveClient[] = [];

  const live = async (token: string) => {
    const socket = await connectLive(app.url, token);
    sockets.push(socket);
    return socket;
  };
  const send = (method: string, path: string, token: string | null, body?: unknown) => {
    const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const pending = request(app.url)[verb](path);
    if (token) void pending.auth(token, { type: 'bearer' });
    return body === undefined ? pending : pending.send(body as object);
  };

  beforeAll(async () => {
    database = await create();
    app = await startTestApp({ database: database.config, mediaWorkers: 1 });
    ({ handlers, routes } = discover(app));
    const people = await demoPeople(app);
    const organiser = await signInAs(app, 'organiser', people);
    const moderator = await signInAs(app, 'moderator', people);
    const participants = people.filter((p) => p.roles.join() === 'participant');
    const participant = await signIn(app, participants[0] ?? people[0]);
    const eventId = organiser.me.roles[0]?.eventId ?? '';
    const agenda = (
      await request(app.url)
        .get(`/api/events/${eventId}/agenda`)
        .auth(organiser.token, { type: 'bearer' })
    ).body as EventAgenda;
    const sessionId = agenda.sessions[0]?.id ?? '';

    // Something of each kind in event A for the outsiders to aim at.
    const asker = await live(participant.token);
    const desk = await live(moderator.token);
    await call(asker.emitWithAck('session:presence.join', { sessionId }));
    await call(desk.emitWithAck('session:presence.join', { sessionId }));
    const question = await call(
      asker.emitWithAck('qna:question.ask', {
        id: randomUUID(),
        sessionId,
        text: 'How do we export?',
        anonymous: false,
      }),
    );
    const message = await call(
      asker.emitWithAck('chat:message.send', { id: randomUUID(), sessionId, text: 'Hello' }),
    );
    const plan = await call(
      asker.emitWithAck('plan:create', { id: randomUUID(), eventId, scope: 'person' }),
    );
    const poll = await call(
      desk.emitWithAck('poll:create', {
        id: randomUUID(),
        sessionId,
        question: 'Ready?',
        kind: 'single',
        options: ['Yes', 'No'],
        resultsVisibility: 'live',
        anonymous: false,
        allowChange: false,
        open: true,
      }),
    );
    const set = await call(
      desk.emitWithAck('breakout:set.save', {
        id: randomUUID(),
        sessionId,
        name: 'Groups',
        selfSelect: true,
        rooms: [
          {
            id: randomUUID(),
            name: 'Room 1',
            kind: 'virtual',
            tableLabel: null,
            facilitatorId: null,
            topic: '',
            capacity: null,
          },
        ],
      }),
    );
    const form = (
      await request(app.url)
        .put(`/api/events/${eventId}/evaluation/forms/programme`)
        .auth(organiser.token, { type: 'bearer' })
        .send({
          title: 'Programme evaluation',
          anonymous: true,
          questions: [{ id: randomUUID(), kind: 'rating', prompt: 'Overall?', required: true }],
        })
        .expect(200)
    ).body as { id: string };
    ids = {
      eventId,
      formKind: 'programme',
      formId: form.id,
      sessionId,
      personId: participant.me.id,
      questionId: question.id,
      messageId: message.id,
      planId: plan.id,
      pollId: poll.id,
      setId: set.id,
      roomId: set.rooms[0]?.id ?? randomUUID(),
    };

    const file = (
      await request(app.url)
        .get(`/api/events/${eventId}/export`)
        .auth(organiser.token, { type: 'bearer' })
    ).body as EventExport;
    const imported = (
      await send('POST', '/api/events/import', organiser.token, {
        file: { ...file, people: [] },
        slug: 'event-b',
        title: 'Event B',
        startDate: '2027-03-01',
        people: 'all',
      }).expect(201)
    ).body as ImportedEvent;
    const bOrganiser = await redeem(app, imported.invitation.path);
    const addToB = async (role: 'organiser' | 'participant'): Promise<SessionTokenResponse> => {
      const added = (
        await send('POST', `/api/events/${imported.event.id}/people`, bOrganiser.token, {
          id: randomUUID(),
          name: `B ${role}`,
          email: `b-${role}@example.org`,
          country: 'PH',
          organisation: '',
          category: 'official',
          attendanceMode: 'remote',
          locale: 'en',
          timezone: 'Asia/Manila',
          roles: [role],
        }).expect(201)
      ).body as EventPerson;
      const link = (
        await send(
          'GET',
          `/api/events/${imported.event.id}/people/${added.id}/invitation`,
          bOrganiser.token,
        ).expect(200)
      ).body as InvitationLink;
      return redeem(app, link.path);
    };
    outsiders = [
      { who: "B's organiser", token: (await addToB('organiser')).token },
      { who: "B's participant", token: (await addToB('participant')).token },
    ];

    const leaving = findPerson(people, (p) => p.id === participants[1]?.id, 'second participant');
    revoked = (await signIn(app, leaving)).token;
    await send(
      'DELETE',
      `/api/events/${eventId}/people/${leaving.id}/invitation`,
      organiser.token,
    ).expect(204);
  });

  afterAll(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    await app.close();
    await database.drop();
  });

  it('should find every live event and REST body with its schema, and a valid sample of each', () => {
    expect(handlers.length).toBeGreaterThanOrEqual(70);
    const invalid = handlers.filter(
      ({ event, schema }) => !schema.safeParse(payloadFor(event, schema, ids)).success,
    );
    expect(invalid.map((h) => h.event)).toEqual([]);
    const invalidBodies = routes.filter(
      (route) => route.body && !route.body.safeParse(bodyFor(route, ids)).success,
    );
    expect(invalidBodies.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('should refuse every live event in event A to people of another event, storing nothing', async () => {
    const before = await snapshot(app);
    const allowed: string[] = [];
    for (const { who, token } of outsiders) {
      const socket = await live(token);
      for (const { event, schema } of handlers) {
        const ack = (await (
          socket.emitWithAck as (e: string, payload: unknown) => Promise<unknown>
        )(event, payloadFor(event, schema, ids))) as { ok: boolean; error?: { code: string } };
        const refused = !ack.ok && ['FORBIDDEN', 'NOT_FOUND'].includes(ack.error?.code ?? '');
        if (!refused && !(ack.ok && LETTING_GO.has(event))) {
          allowed.push(`${who}: ${event} → ${JSON.stringify(ack).slice(0, 160)}`);
        }
      }
    }
    expect(allowed).toEqual([]);
    expect(await snapshot(app)).toEqual(before);
  });

  it('should refuse live connections without a sign-in or with a revoked one', async () => {
    await expect(connectLive(app.url, undefined)).rejects.toMatchObject({
      data: { code: 'UNAUTHENTICATED' },
    });
    await expect(connectLive(app.url, revoked)).rejects.toMatchObject({
      data: { code: 'UNAUTHENTICATED' },
    });
  });

  it('should mark as public exactly the routes meant to be', () => {
    expect(
      routes
        .filter((r) => r.public)
        .map((r) => `${r.method} ${r.path}`)
        .sort(),
    ).toEqual(PUBLIC);
  });

  it('should answer 401 on every other route to nobody and to a revoked sign-in', async () => {
    const answered: string[] = [];
    for (const route of routes.filter((r) => !r.public)) {
      const path = fill(route.path, ids);
      for (const token of [null, revoked]) {
        const response = await send(route.method, path, token, bodyFor(route, ids));
        if (response.status !== 401) {
          answered.push(
            `${token ? 'revoked' : 'nobody'}: ${route.method} ${path} → ${response.status}`,
          );
        }
      }
    }
    expect(answered).toEqual([]);
  });

  it('should refuse every REST route of event A to people of another event, storing nothing', async () => {
    const before = await snapshot(app);
    const allowed: string[] = [];
    for (const route of routes.filter((r) => !r.public && !OWN.has(`${r.method} ${r.path}`))) {
      const path = fill(route.path, ids);
      for (const { who, token } of outsiders) {
        const response = await send(route.method, path, token, bodyFor(route, ids));
        if (![403, 404].includes(response.status)) {
          allowed.push(`${who}: ${route.method} ${path} → ${response.status}`);
        }
      }
    }
    expect(allowed).toEqual([]);
    expect(await snapshot(app)).toEqual(before);
  });
});

/** The live handlers and REST routes the application registered, read from Nest's metadata. */
function discover(app: TestApp): { handlers: Handler[]; routes: Route[] } {
  const handlers = new Map<string, Handler>();
  const routes = new Map<string, Route>();
  for (const module of app.app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const method: unknown = Object.getOwnPropertyDescriptor(prototype, name)?.value;
        if (typeof method !== 'function') continue;
        const event = Reflect.getMetadata(MESSAGE_METADATA, method) as LiveEvent | undefined;
        if (!event) continue;
        const schema = pipeSchema(prototype.constructor, name);
        if (!schema) throw new Error(`${event} validates no payload`);
        handlers.set(event, { event, schema });
      }
    }
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as unknown as { prototype: Record<string, unknown> };
      const prefix = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const method = controller.prototype[name];
        if (name === 'constructor' || typeof method !== 'function') continue;
        const verb = Reflect.getMetadata(METHOD_METADATA, method) as RequestMethod | undefined;
        if (verb === undefined) continue;
        const path = ['/api', prefix, String(Reflect.getMetadata(PATH_METADATA, method) ?? '')]
          .filter((part) => part && part !== '/')
          .join('/')
          .replace(/\/+/g, '/');
        const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, name) ??
          []) as unknown[];
        const argsMeta = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ??
          {}) as Record<string, { index: number }>;
        const bodyIndex = Object.entries(argsMeta).find(([key]) => key.startsWith('3:'))?.[1].index;
        const bodyType = bodyIndex === undefined ? undefined : types[bodyIndex];
        const route: Route = {
          method: RequestMethod[verb],
          path,
          body:
            bodyType && typeof bodyType === 'function' && 'schema' in bodyType
              ? (bodyType.schema as z.ZodType)
              : null,
          public: Boolean(
            Reflect.getMetadata(PUBLIC_ROUTE, method) ??
            Reflect.getMetadata(PUBLIC_ROUTE, controller),
          ),
        };
        routes.set(`${route.method} ${route.path}`, route);
      }
    }
  }
  return { handlers: [...handlers.values()], routes: [...routes.values()] };
}

function pipeSchema(gateway: unknown, name: string): z.ZodType | null {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, gateway as object, name) ?? {}) as Record<
    string,
    { pipes?: unknown[] }
  >;
  for (const arg of Object.values(args)) {
    for (const pipe of arg.pipes ?? []) {
      if (pipe instanceof ZodValidationPipe) {
        return (pipe as unknown as { schemaOrDto: z.ZodType }).schemaOrDto;
      }
    }
  }
  return null;
}

const fill = (path: string, ids: Record<string, string>) =>
  path.replace(/:(\w+)/g, (_, key: string) => ids[key] ?? randomUUID());

function bodyFor(route: Route, ids: Record<string, string>): unknown {
  if (route.method === 'GET' || route.method === 'DELETE') return undefined;
  const override = OVERRIDES[`${route.method} ${route.path}`];
  if (override) return override(ids);
  return route.body ? sample(jsonSchemaOf(route.body), ids) : {};
}

function payloadFor(event: string, schema: z.ZodType, ids: Record<string, string>): unknown {
  return OVERRIDES[event]?.(ids) ?? sample(jsonSchemaOf(schema), ids);
}

const jsonSchemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

const scan = (ids: Record<string, string>) => ({
  id: randomUUID(),
  eventId: ids.eventId,
  method: 'search',
  personId: ids.personId,
  deviceId: 'door-1',
  scannedAt: new Date().toISOString(),
});

/** Payloads whose rules (one field or another, cross-field checks) a plain sample cannot meet. */
const OVERRIDES: Record<string, (ids: Record<string, string>) => unknown> = {
  'checkin:scan.record': scan,
  'POST /api/events/:eventId/check-ins/sync': (ids) => ({ scans: [scan(ids)] }),
  'poll:create': (ids) => ({
    id: randomUUID(),
    sessionId: ids.sessionId,
    question: 'Taken over?',
    kind: 'single',
    options: ['Yes', 'No'],
    resultsVisibility: 'live',
    anonymous: false,
    allowChange: false,
    open: true,
  }),
  'POST /api/events/:eventId/attendance/corrections': (ids) => ({
    id: randomUUID(),
    personId: ids.personId,
    sessionId: ids.sessionId,
    kind: 'absent',
    mode: null,
    from: null,
    to: null,
    reason: 'Not theirs to say',
  }),
};

/** Strings whose rules (a real time zone, a country, a clock time) a plain sample cannot meet. */
const KNOWN_STRINGS: Record<string, string> = {
  timezone: 'Asia/Jakarta',
  country: 'ID',
  email: 'someone@example.org',
  date: '2026-01-05',
  startTime: '09:00',
  endTime: '10:00',
};

interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  format?: string;
}

/** The smallest value the JSON Schema accepts, with known ids of event A where keys name them. */
function sample(schema: JsonSchema, ids: Record<string, string>, key?: string): unknown {
  if (key && ids[key] && (schema.type === 'string' || schema.format === 'uuid')) return ids[key];
  if (key && KNOWN_STRINGS[key] && schema.type === 'string') return KNOWN_STRINGS[key];
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) {
    const chosen = choices.find((choice) => choice.type !== 'null') ?? choices[0];
    return chosen ? sample(chosen, ids, key) : null;
  }
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([name]) => schema.required?.includes(name))
          .map(([name, property]) => [name, sample(property, ids, name)]),
      );
    case 'array':
      return Array.from({ length: Math.max(schema.minItems ?? 0, 1) }, () =>
        schema.items ? sample(schema.items, ids, key?.replace(/s$/, '')) : null,
      );
    case 'string':
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'date-time') return new Date().toISOString();
      if (schema.format === 'date') return '2026-01-05';
      if (schema.format === 'email') return 'someone@example.org';
      return 'x'.repeat(Math.min(Math.max(schema.minLength ?? 1, 3), schema.maxLength ?? 3));
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum ?? 0) + 1;
    case 'boolean':
      return true;
    case 'null':
    case undefined:
      return null;
  }
}

/** Every row of every table, so that a refused try can be shown to have changed nothing. */
async function snapshot(app: TestApp): Promise<Record<string, string[]>> {
  const dataSource = app.app.get(DataSource);
  const tables: Record<string, string[]> = {};
  for (const { tableName } of dataSource.entityMetadatas) {
    const rows: unknown[] = await dataSource.query(`SELECT * FROM "${tableName}"`);
    tables[tableName] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return tables;
}
