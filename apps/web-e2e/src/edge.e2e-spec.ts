import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { DemoPerson, Role } from '@hadir/contracts';
import type { Browser, Page } from 'playwright-core';
import { fetchAgenda, fetchDemoPeople, redeemInvitation } from './support/api';
import { launchBrowser } from './support/browser';
import {
  REPO_ROOT,
  type RunningHadir,
  startHadir,
  withServerOutputOnFailure,
} from './support/hadir';
import { PUBLIC_HOST, type RunningNginx, startNginx, TURN_HOST } from './support/nginx';
import { signInOnDemoPage, UI_TIMEOUT } from './support/ui';

const DIST = join(REPO_ROOT, 'apps/web/dist');

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One HTTP exchange with nothing decoded, so that the encoding on the wire is what is read. */
interface Origin {
  name: string;
  get(path: string, headers?: Record<string, string>): Promise<RawResponse>;
  post(path: string, body: Buffer, headers?: Record<string, string>): Promise<RawResponse>;
}

function exchange(
  secure: boolean,
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer,
): Promise<RawResponse> {
  return new Promise((resolveResponse, reject) => {
    const options = {
      host: '127.0.0.1',
      port,
      method,
      path,
      headers: { Host: PUBLIC_HOST, ...headers },
      servername: PUBLIC_HOST,
      // The test's own self-signed certificate.
      rejectUnauthorized: false,
    };
    const call = secure ? httpsRequest(options) : httpRequest(options);
    call.once('error', reject);
    call.once('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('end', () =>
        resolveResponse({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    call.end(body);
  });
}

const origin = (name: string, secure: boolean, port: number): Origin => ({
  name,
  get: (path, headers = {}) => exchange(secure, port, 'GET', path, headers),
  post: (path, body, headers = {}) => exchange(secure, port, 'POST', path, headers, body),
});

function decoded(response: RawResponse): Buffer {
  switch (response.headers['content-encoding']) {
    case 'br':
      return brotliDecompressSync(response.body);
    case 'gzip':
      return gunzipSync(response.body);
    case undefined:
      return response.body;
    default:
      throw new Error(`Unexpected encoding ${response.headers['content-encoding']}`);
  }
}

/** The entry script, the largest style sheet and the scanner's WASM. */
function builtFiles(): string[] {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; css?: string[]; isEntry?: boolean }
  >;
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('The build manifest names no entry');
  const [css] = Object.values(manifest)
    .flatMap((chunk) => chunk.css ?? [])
    .sort((a, b) => statSync(join(DIST, b)).size - statSync(join(DIST, a)).size);
  const wasm = Object.values(manifest).find((chunk) => chunk.file.endsWith('.wasm'));
  if (!css || !wasm) throw new Error('The build manifest names no style sheet or no WASM file');
  return [entry.file, css, wasm.file].map((file) => `/${file}`);
}

/** What every page, file and API answer must carry, whoever serves it. */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self';script-src 'self' 'wasm-unsafe-eval';style-src 'self' 'unsafe-inline';img-src 'self' data: blob:;media-src 'self' blob:;connect-src 'self';worker-src 'self';font-src 'self' data:;manifest-src 'self';frame-ancestors 'none';base-uri 'self';form-action 'self';object-src 'none'",
  'permissions-policy':
    'camera=(self), microphone=(self), display-capture=(self), geolocation=(), payment=(), usb=()',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};
const HSTS = 'max-age=31536000; includeSubDomains';

describe('the app as served: compression, security headers, https', () => {
  let hadir: RunningHadir;
  let nginx: RunningNginx;
  let relay: Server;
  const relayReceived: Buffer[] = [];
  let browser: Browser;
  let embedded: Origin;
  let proxied: Origin;

  beforeAll(async () => {
    hadir = await startHadir({ MEDIA_WORKERS: '0' });
    // Stands in for coturn: what reaches it shows what nginx sends the TURN name to.
    relay = createServer((socket) =>
      socket.on('data', (chunk: Buffer) => {
        relayReceived.push(chunk);
        socket.end('relay heard you');
      }),
    );
    await new Promise<void>((resolveListen) => relay.listen(0, '127.0.0.1', resolveListen));
    const relayPort = (relay.address() as { port: number }).port;
    nginx = await startNginx({
      apiNodes: [`127.0.0.1:${new URL(hadir.url).port}`],
      turnUpstream: `127.0.0.1:${relayPort}`,
    });
    embedded = origin('embedded', false, Number(new URL(hadir.url).port));
    proxied = origin('nginx', true, nginx.httpsPort);
    browser = await launchBrowser([
      `--host-resolver-rules=MAP ${PUBLIC_HOST} 127.0.0.1`,
      '--ignore-certificate-errors',
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
    relay?.close();
    await hadir?.stop();
  });

  const origins = () => [embedded, proxied];

  it('should send scripts, styles and WASM brotli- or gzip-compressed, in embedded mode and behind nginx', () =>
    withServerOutputOnFailure(hadir, async () => {
      for (const served of origins()) {
        for (const path of builtFiles()) {
          const original = readFileSync(join(DIST, path));
          for (const [accepted, expected] of [
            ['br, gzip', 'br'],
            ['gzip', 'gzip'],
            ['identity', undefined],
          ] as const) {
            const response = await served.get(path, { 'Accept-Encoding': accepted });
            const seen = {
              origin: served.name,
              path,
              accepted,
              status: response.status,
              encoding: response.headers['content-encoding'],
              vary: /accept-encoding/i.test(String(response.headers.vary)),
            };
            expect(seen).toEqual({ ...seen, status: 200, encoding: expected, vary: true });
            expect(decoded(response).equals(original)).toBe(true);
            if (expected) expect(response.body.length).toBeLessThan(original.length * 0.6);
          }
          const type = (await served.get(path)).headers['content-type'];
          expect(type).toMatch(
            path.endsWith('.js') ? /javascript/ : path.endsWith('.css') ? /text\/css/ : /wasm/,
          );
        }
      }
    }));

  it('should send API JSON compressed', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, people } = await fetchDemoPeople(hadir.url);
      const token = await redeemInvitation(
        hadir.url,
        person(people, 'participant').invitationToken,
      );
      for (const served of origins()) {
        const response = await served.get(`/api/events/${eventId}/agenda`, {
          Authorization: `Bearer ${token}`,
          'Accept-Encoding': 'gzip',
        });
        expect({ origin: served.name, encoding: response.headers['content-encoding'] }).toEqual({
          origin: served.name,
          encoding: 'gzip',
        });
        expect(JSON.parse(decoded(response).toString('utf8'))).toHaveProperty('sessions');
      }
    }));

  it('should carry the same security headers on pages, files and API answers from both, and HSTS only over https', () =>
    withServerOutputOnFailure(hadir, async () => {
      const paths = [
        '/',
        '/events/any/sessions/page',
        builtFiles()[0],
        '/sw.js',
        '/api/health',
        '/api/no-such-route',
      ];
      for (const served of origins()) {
        for (const path of paths) {
          const { headers, status } = await served.get(path);
          const seen = Object.fromEntries(
            [...Object.keys(SECURITY_HEADERS), 'strict-transport-security'].map((name) => [
              name,
              headers[name],
            ]),
          );
          expect({ origin: served.name, path, status: status < 500, ...seen }).toEqual({
            origin: served.name,
            path,
            status: true,
            ...SECURITY_HEADERS,
            'strict-transport-security': served === proxied ? HSTS : undefined,
          });
        }
      }
    }));

  it('should redirect http to https except for certificate challenges, and let large imports through to the API', () =>
    withServerOutputOnFailure(hadir, async () => {
      const plain = origin('nginx http', false, nginx.httpPort);
      const redirected = await plain.get('/events/e1?tab=agenda');
      expect(redirected.status).toBe(301);
      expect(redirected.headers.location).toBe(`https://${PUBLIC_HOST}/events/e1?tab=agenda`);

      const challenges = join(nginx.acmeRoot, '.well-known/acme-challenge');
      mkdirSync(challenges, { recursive: true });
      writeFileSync(join(challenges, 'token-1'), 'token-1.proof');
      const challenge = await plain.get('/.well-known/acme-challenge/token-1');
      expect({ status: challenge.status, body: challenge.body.toString() }).toEqual({
        status: 200,
        body: 'token-1.proof',
      });
      expect((await plain.get('/nginx-health')).status).toBe(200);

      // 3 MB, above nginx's 1 MB default and below the API's 8 MB: the API answers, not nginx.
      const large = Buffer.from(JSON.stringify({ padding: 'x'.repeat(3_000_000) }));
      const imported = await proxied.post('/api/events/import', large, {
        'Content-Type': 'application/json',
      });
      expect({
        status: imported.status,
        body: JSON.parse(imported.body.toString()) as unknown,
      }).toEqual({
        status: 401,
        body: { error: expect.objectContaining({ code: 'UNAUTHENTICATED' }) as unknown },
      });
    }));

  it('should hand TLS on port 443 that names the TURN host to the relay, decrypted', async () => {
    const answer = await new Promise<string>((resolveAnswer, reject) => {
      const socket = tlsConnect({
        host: '127.0.0.1',
        port: nginx.httpsPort,
        servername: TURN_HOST,
        rejectUnauthorized: false,
      });
      let text = '';
      socket.once('secureConnect', () => socket.write('TURN allocate, in plain bytes'));
      socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
      socket.once('end', () => resolveAnswer(text));
      socket.once('error', reject);
    });
    expect(answer).toBe('relay heard you');
    expect(Buffer.concat(relayReceived).toString()).toBe('TURN allocate, in plain bytes');
  });

  it('should show every page of the demo over https with no Content-Security-Policy violation', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, people } = await fetchDemoPeople(hadir.url);
      const participantToken = await redeemInvitation(
        hadir.url,
        person(people, 'participant').invitationToken,
      );
      const sessionId = (await fetchAgenda(hadir.url, eventId, participantToken)).sessions[0]?.id;
      const event = `/events/${eventId}`;
      const session = `${event}/sessions/${sessionId}`;
      const visits: { role: Role | null; paths: string[] }[] = [
        {
          role: null,
          paths: ['/sign-in', '/join?token=not-a-token', '/no-such-page', '/api/docs'],
        },
        {
          role: 'organiser',
          paths: [
            event,
            ...[
              'agenda',
              'people',
              'badges',
              'check-in',
              'attendance',
              'attendance/certificates',
              'plans',
              'transfer',
            ].map((tab) => `${event}/manage/${tab}`),
            `${event}/attendance`,
            '/profile',
          ],
        },
        {
          role: 'moderator',
          paths: [session, `${session}/console`, `${session}/display`, `${session}/breakouts`],
        },
        { role: 'facilitator', paths: [`${event}/check-in`] },
        {
          role: 'participant',
          paths: [session, `${event}/plans`, `${event}/attendance/certificate`],
        },
      ];
      const base = `https://${PUBLIC_HOST}:${nginx.httpsPort}`;
      const violations: string[] = [];
      let pagesSeen = 0;
      for (const { role, paths } of visits) {
        const context = await browser.newContext({ locale: 'en-GB' });
        try {
          const page = await context.newPage();
          page.setDefaultTimeout(UI_TIMEOUT);
          await watchForViolations(page, violations);
          if (role) await signInOnDemoPage(page, base, eventId, person(people, role));
          for (const path of paths) {
            await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
            if (path === '/api/docs') await page.waitForSelector('.swagger-ui .info');
            pagesSeen += 1;
          }
        } finally {
          await context.close();
        }
      }
      expect(pagesSeen).toBe(visits.flatMap(({ paths }) => paths).length);
      expect(violations).toEqual([]);
    }));
});

function person(people: DemoPerson[], role: Role): DemoPerson {
  const found = people.find((candidate) => candidate.roles.includes(role));
  if (!found) throw new Error(`The demo programme has no ${role}`);
  return found;
}

/** Collects what the browser reports as blocked by the policy, from the page and the console. */
async function watchForViolations(page: Page, violations: string[]): Promise<void> {
  await page.exposeFunction('hadirCspViolation', (report: string) => violations.push(report));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = `${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI}`;
      (window as unknown as { hadirCspViolation(text: string): void }).hadirCspViolation(report);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
}
