import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A network namespace joined to this machine by a veth pair, whose own traffic out may only be
 * TCP to port 443: the firewall of a ministry or a hotel that lets nothing but https through.
 * Needs root (CI runs as root); only addresses of these two interfaces are used.
 */
export interface FirewalledNetwork {
  /** This machine's address as the namespace reaches it. */
  hostAddress: string;
  /** A Chromium executable that runs inside the namespace, for playwright's executablePath. */
  chromium: string;
  remove(): void;
}

const run = (command: string, args: string[], input?: string) =>
  execFileSync(command, args, { input, stdio: ['pipe', 'ignore', 'pipe'] });

export function createFirewalledNetwork(): FirewalledNetwork {
  const id = randomInt(10, 250);
  const name = `hadir-fw${id}`;
  const hostSide = `hfw${id}h`;
  const inside = `hfw${id}n`;
  const hostAddress = `10.200.${id}.1`;
  const dir = mkdtempSync(join(tmpdir(), 'hadir-netns-'));
  const remove = () => {
    try {
      run('ip', ['netns', 'del', name]);
    } catch {
      // Not created, or already removed.
    }
    try {
      run('ip', ['link', 'del', hostSide]);
    } catch {
      // Removed with the namespace.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run('ip', ['netns', 'add', name]);
    run('ip', ['link', 'add', hostSide, 'type', 'veth', 'peer', 'name', inside]);
    run('ip', ['link', 'set', inside, 'netns', name]);
    run('ip', ['addr', 'add', `${hostAddress}/24`, 'dev', hostSide]);
    run('ip', ['link', 'set', hostSide, 'up']);
    const within = (...args: string[]) => run('ip', ['netns', 'exec', name, ...args]);
    within('ip', 'addr', 'add', `10.200.${id}.2/24`, 'dev', inside);
    within('ip', 'link', 'set', inside, 'up');
    within('ip', 'link', 'set', 'lo', 'up');
    run(
      'ip',
      ['netns', 'exec', name, 'nft', '-f', '-'],
      `table inet firewall {
         chain out {
           type filter hook output priority 0; policy drop;
           oif "lo" accept
           ct state established,related accept
           tcp dport 443 accept
         }
       }`,
    );
    const chromium = join(dir, 'chromium-in-netns');
    writeFileSync(
      chromium,
      `#!/bin/sh\nexec ip netns exec ${name} ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} "$@"\n`,
    );
    chmodSync(chromium, 0o755);
    return { hostAddress, chromium, remove };
  } catch (error) {
    remove();
    throw new Error(
      `Could not set up the firewalled network namespace (this needs root): ${String(error)}`,
    );
  }
}

/** coturn from Debian's package, as compose runs it: shared-secret credentials, plain TCP/UDP. */
export interface RunningCoturn {
  port: number;
  stop(): Promise<void>;
  output(): string;
}

export async function startCoturn(options: {
  port: number;
  relayAddress: string;
  secret: string;
}): Promise<RunningCoturn> {
  const child: ChildProcess = spawn(
    '/usr/bin/turnserver',
    [
      '-n',
      '--listening-ip=127.0.0.1',
      `--listening-port=${options.port}`,
      `--relay-ip=${options.relayAddress}`,
      '--min-port=49160',
      '--max-port=49200',
      '--use-auth-secret',
      `--static-auth-secret=${options.secret}`,
      '--realm=hadir.test',
      '--fingerprint',
      '--no-tls',
      '--no-dtls',
      '--no-cli',
      '--no-multicast-peers',
      '--log-file=stdout',
      '--simple-log',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  const deadline = Date.now() + 10_000;
  while (!output.join('').includes('Total General servers')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`coturn did not start:\n${output.join('')}`);
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  return {
    port: options.port,
    output: () => output.join(''),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
