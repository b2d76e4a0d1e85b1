import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * docker-compose.yml cannot run on the development machines (no Docker engine), so its shape is
 * checked here: the production topology the docs promise.
 */
interface ComposeService {
  build?: { context: string; target: string };
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
  logging?: { driver: string; options: Record<string, string> };
  profiles?: string[];
  network_mode?: string;
}

const root = join(__dirname, '..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
const nginx = readFileSync(join(root, 'deploy/nginx/nginx.conf.template'), 'utf8');
const composeText = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
const service = (name: string): ComposeService => {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no ${name} service`);
  return found;
};

describe('docker-compose.yml', () => {
  it('should run PostgreSQL, Redis, a migration step, two API nodes, the relay and the web server, with certbot on request', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['api-1', 'api-2', 'certbot', 'coturn', 'migrate', 'postgres', 'redis', 'web'].sort(),
    );
    expect(service('certbot').profiles).toEqual(['certbot']);
  });

  it('should check the health of every long-running service and rotate every log', () => {
    for (const [name, definition] of Object.entries(compose.services)) {
      expect({ name, logging: definition.logging?.options }).toEqual({
        name,
        logging: { 'max-size': '20m', 'max-file': '10' },
      });
      if (name !== 'migrate')
        expect({ name, health: !!definition.healthcheck }).toEqual({ name, health: true });
    }
  });

  it('should take every secret and the public addresses from the environment, with no default', () => {
    expect(composeText).not.toMatch(/POSTGRES_PASSWORD: hadir|hadir:hadir@/);
    for (const name of [
      'POSTGRES_PASSWORD',
      'HADIR_SECRET',
      'TURN_SECRET',
      'MEDIA_ANNOUNCED_ADDRESS',
      'HADIR_HOST',
      'TURN_HOST',
    ]) {
      const uses = [...composeText.matchAll(new RegExp(`\\$\\{${name}(:?-)?`, 'g'))].map(
        (m) => m[1],
      );
      expect({
        name,
        uses: uses.length > 0,
        defaults: uses.filter((fallback) => fallback !== undefined),
      }).toEqual({
        name,
        uses: true,
        defaults: [],
      });
    }
  });

  it('should run Node 22 in the API image', () => {
    expect([...dockerfile.matchAll(/^FROM node:(\d+)/gm)].map((m) => m[1])).toEqual(['22', '22']);
  });

  it.each(['api-1', 'api-2'])(
    'should point %s at the shared database and Redis, demo off',
    (name) => {
      const api = service(name);
      expect(api.environment).toMatchObject({
        DATABASE_URL: expect.stringMatching(/^postgres:\/\/.*@postgres:5432\//) as string,
        REDIS_URL: 'redis://redis:6379',
        HADIR_DEMO: 'false',
        HADIR_SECRET: expect.stringContaining('${HADIR_SECRET') as string,
      });
      expect(api.depends_on).toMatchObject({
        postgres: { condition: 'service_healthy' },
        redis: { condition: 'service_healthy' },
        migrate: { condition: 'service_completed_successfully' },
      });
      expect(api.healthcheck?.test.join(' ')).toContain('/api/health');
    },
  );

  it('should migrate with the same database URL the API nodes use', () => {
    expect(service('migrate').command?.join(' ')).toContain('apps/api/dist/database/migrate.js');
    expect(service('migrate').environment?.DATABASE_URL).toBe(
      service('api-1').environment?.DATABASE_URL,
    );
  });

  it('should build every image from a target that the Dockerfile defines', () => {
    const targets = [...dockerfile.matchAll(/^FROM \S+ AS (\S+)$/gm)].map((m) => m[1]);
    for (const [name, { build }] of Object.entries(compose.services)) {
      if (build)
        expect({ name, target: targets.includes(build.target) }).toEqual({ name, target: true });
    }
  });

  it('should serve https and http on the standard ports, balancing both API nodes, WebSockets included', () => {
    expect(service('web').ports).toEqual(['80:80', '443:443']);
    expect(service('web').environment?.API_NODES).toBe('api-1:3000 api-2:3000');
    expect(nginx).toMatch(/location \/socket\.io\/[\s\S]*proxy_set_header Upgrade \$http_upgrade;/);
    expect(nginx).not.toMatch(/^\s*ip_hash;/m);
  });

  it('should give the API nodes the relay that coturn runs, under the secret coturn checks', () => {
    expect(service('api-1').environment?.TURN_URLS).toMatch(
      /^turns:\$\{TURN_HOST[^}]*\}:443\?transport=tcp,/,
    );
    expect(service('api-1').environment?.TURN_SECRET).toContain('${TURN_SECRET');
    expect(service('coturn').command).toEqual(
      expect.arrayContaining([
        '--use-auth-secret',
        '--static-auth-secret=${TURN_SECRET:?set TURN_SECRET}',
      ]),
    );
  });
});
