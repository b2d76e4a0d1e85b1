import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, REPO_ROOT } from './hadir';

export const PUBLIC_HOST = 'hadir.test';
export const TURN_HOST = 'turn.hadir.test';

export interface RunningNginx {
  httpsPort: number;
  httpPort: number;
  acmeRoot: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Debian's nginx with the production configuration (deploy/nginx), rendered and given its
 * certificate by the same scripts as the web image, in front of the given API nodes.
 */
export async function startNginx(options: {
  apiNodes: string[];
  turnUpstream: string;
  /** The address the public ports listen on; all of this machine's by default. */
  listenAddress?: string;
  /** A free port unless given (443, for a network that lets nothing else out). */
  httpsPort?: number;
}): Promise<RunningNginx> {
  const dir = mkdtempSync(join(tmpdir(), 'hadir-nginx-'));
  // nginx's workers run unprivileged: they must reach the sockets and the challenge files.
  chmodSync(dir, 0o755);
  const httpsPort = options.httpsPort ?? (await freePort());
  const httpPort = await freePort();
  const listen = (port: number) =>
    options.listenAddress ? `${options.listenAddress}:${port}` : String(port);
  const env = {
    ...process.env,
    HADIR_HOST: PUBLIC_HOST,
    TURN_HOST,
    API_NODES: options.apiNodes.join(' '),
    TURN_UPSTREAM: options.turnUpstream,
    HTTPS_PORT: listen(httpsPort),
    HTTP_PORT: listen(httpPort),
    TLS_DIR: join(dir, 'tls'),
    WEB_ROOT: join(REPO_ROOT, 'apps/web/dist'),
    ACME_ROOT: join(dir, 'acme'),
    RUN_DIR: join(dir, 'run'),
    LE_DIR: join(dir, 'no-letsencrypt'),
    ACCESS_LOG: join(dir, 'access.log'),
  };
  mkdirSync(env.RUN_DIR, { recursive: true });
  mkdirSync(env.ACME_ROOT, { recursive: true });
  const scripts = join(REPO_ROOT, 'deploy/nginx');
  execFileSync(join(scripts, 'certificates.sh'), { env, stdio: 'ignore' });
  const config = join(dir, 'nginx.conf');
  writeFileSync(config, execFileSync(join(scripts, 'render.sh'), { env }));

  const child: ChildProcess = spawn(
    '/usr/sbin/nginx',
    ['-c', config, '-p', env.RUN_DIR, '-e', 'stderr', '-g', 'daemon off;'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
      child.kill('SIGQUIT');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const host = options.listenAddress ?? '127.0.0.1';
  const deadline = Date.now() + 10_000;
  while (!(await accepts(host, httpsPort))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not start:\n${output.join('')}`);
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  return { httpsPort, httpPort, acmeRoot: env.ACME_ROOT, output: () => output.join(''), stop };
}

function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolveAccepts) => {
    const socket = connect(port, host);
    socket.once('connect', () => {
      socket.destroy();
      resolveAccepts(true);
    });
    socket.once('error', () => resolveAccepts(false));
  });
}
