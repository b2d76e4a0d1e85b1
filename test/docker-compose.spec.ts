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
}

const root = join(__dirname, '..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
const nginx = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8');
const service = (name: string): ComposeService => {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no ${name} service`);
  return found;
};

describe('docker-compose.yml', () => {
  it('should run PostgreSQL, Redis, a migration step, two API nodes and the web app', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['api-1', 'api-2', 'migrate', 'postgres', 'redis', 'web'].sort(),
    );
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

  it('should balance the web origin over both API nodes, WebSockets included', () => {
    expect(service('web').ports).toEqual(['8080:80']);
    expect(nginx).toMatch(/server api-1:3000;/);
    expect(nginx).toMatch(/server api-2:3000;/);
    expect(nginx).toMatch(/location \/socket\.io\/[\s\S]*proxy_set_header Upgrade \$http_upgrade;/);
  });
});
