import 'reflect-metadata';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GATEWAY_METADATA, MESSAGE_METADATA } from '@nestjs/websockets/constants';
import { LIVE_CLIENT_SCHEMAS } from '@hadir/contracts';

const SOURCE = join(__dirname, '..');

type Gateway = abstract new (...args: never[]) => object;

/** Every gateway class of the API, found by file name so that a new one cannot be left out. */
async function gatewayClasses(): Promise<Gateway[]> {
  const files = readdirSync(SOURCE, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.gateway.ts'),
  );
  const modules = await Promise.all(
    files.map(async (file) => (await import(join(SOURCE, file))) as Record<string, unknown>),
  );
  return modules.flatMap((exports) =>
    Object.values(exports).filter(
      (value): value is Gateway =>
        typeof value === 'function' && Reflect.getMetadata(GATEWAY_METADATA, value) === true,
    ),
  );
}

/** Each handled event, once per handler: `Gateway.method` for each. */
function handlersByEvent(gateways: Gateway[]): Map<string, string[]> {
  const handlers = new Map<string, string[]>();
  for (const gateway of gateways) {
    const prototype = gateway.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const method = prototype[name];
      if (typeof method !== 'function') continue;
      const event: unknown = Reflect.getMetadata(MESSAGE_METADATA, method);
      if (typeof event !== 'string') continue;
      handlers.set(event, [...(handlers.get(event) ?? []), `${gateway.name}.${name}`]);
    }
  }
  return handlers;
}

describe('the live event map and its handlers', () => {
  let gateways: Gateway[] = [];
  let handlers = new Map<string, string[]>();

  beforeAll(async () => {
    gateways = await gatewayClasses();
    handlers = handlersByEvent(gateways);
  });

  it('should find the gateways and their handlers', () => {
    expect(gateways.length).toBeGreaterThanOrEqual(8);
  });

  it.each(Object.keys(LIVE_CLIENT_SCHEMAS))('should handle %s exactly once', (event) => {
    expect(handlers.get(event)).toHaveLength(1);
  });

  it('should handle no event that the map does not name', () => {
    const unknown = [...handlers.keys()].filter((event) => !(event in LIVE_CLIENT_SCHEMAS));
    expect(unknown).toEqual([]);
  });
});
