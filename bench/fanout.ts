/**
 * npm run bench:fanout — N socket clients in one session while votes arrive at a fixed rate:
 * latency from a vote to the updated total on every client, messages per client per second and
 * server memory per connection; the same against plain socket.io broadcasting one message per
 * vote, in the same run.
 * Options: --clients=2000 --rate=500 --seconds=30 --sample=100
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Ack, EventAgenda, VoteResult } from '@hadir/contracts';
import { Client } from 'pg';
import { io, type Socket } from 'socket.io-client';
import { api, arg, connect, round, signInAs, signInDemo, sleep } from './support/api';
import { percentile, startServer } from './support/server';

const CLIENTS = arg('clients', 2000);
const RATE = arg('rate', 500);
const SECONDS = arg('seconds', 30);
/** Clients whose every message is timed; the rest only count what they receive. */
const SAMPLE = arg('sample', 100);
const HADIR_PORT = 3951;
const PLAIN_PORT = 3952;
const CONNECT_BATCH = 100;
const TICK_MS = 10;

/** What one server under test offers the load: how to listen for totals and how to vote. */
interface Target {
  connectListener(index: number): Promise<Socket>;
  /** Calls `listener` once per message with every total the message carries. */
  onTotals(socket: Socket, listener: (totals: [string, number][]) => void): void;
  voters: ((questionId: string) => Promise<number>)[];
  questionIds: string[];
  pid: number;
}

interface Run {
  clients: number;
  votes: number;
  failedVotes: number;
  latencyMs: { p50: number; p99: number; max: number };
  unseen: number;
  messagesPerClientPerSecond: number;
  memoryPerConnectionKiB: number;
}

async function main(): Promise<void> {
  console.log(`bench:fanout — ${CLIENTS} clients, ${RATE} votes/s, ${SECONDS} s`);
  const hadir = await runHadir();
  const baseline = await runBaseline();
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  const result = {
    command: 'npm run bench:fanout',
    clients: CLIENTS,
    rate: RATE,
    seconds: SECONDS,
    hadir,
    baseline,
    ratios: {
      p99: ratio(hadir.latencyMs.p99, baseline.latencyMs.p99),
      messagesPerClientPerSecond: ratio(
        hadir.messagesPerClientPerSecond,
        baseline.messagesPerClientPerSecond,
      ),
      memoryPerConnection: ratio(hadir.memoryPerConnectionKiB, baseline.memoryPerConnectionKiB),
    },
  };
  mkdirSync('dist/bench', { recursive: true });
  writeFileSync('dist/bench/fanout.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
}

async function runHadir(): Promise<Run> {
  console.log('Hadir (coalesced totals)');
  const server = await startServer(HADIR_PORT);
  try {
    const { token: moderator, eventId } = await signInAs(server.url, 'moderator');
    const { people } = await signInDemo(
      server.url,
      (roles) => roles.length === 1 && roles[0] === 'participant',
    );
    const agenda = (await api(server.url, moderator, `/events/${eventId}/agenda`)) as EventAgenda;
    const sessionId = agenda.sessions[0].id;
    // Each voter votes once per question, so totals only grow: enough questions for the run.
    const questionIds = await seedQuestions(
      server.databaseUrl,
      sessionId,
      people[0].id,
      Math.ceil((RATE * SECONDS) / people.length) + 2,
    );
    const join = async (token: string) => {
      const socket = await connect(server.url, token);
      const ack = await socket.emitWithAck('session:presence.join', { sessionId });
      if (!ack.ok) throw new Error(ack.error.message);
      return socket;
    };
    const voters = await Promise.all(people.map((person) => join(person.token)));
    return await measure({
      pid: server.process.pid ?? 0,
      questionIds,
      connectListener: (index) => join(people[index % people.length].token),
      onTotals: (socket, listener) =>
        socket.on('qna:votes.updated', (update: { totals: Record<string, number> }) =>
          listener(Object.entries(update.totals)),
        ),
      voters: voters.map((socket) => async (questionId) => {
        const ack = (await socket.timeout(10_000).emitWithAck('qna:question.vote', {
          sessionId,
          questionId,
          id: randomUUID(),
          up: true,
        })) as Ack<VoteResult>;
        if (!ack.ok) throw new Error(ack.error.message);
        return ack.data.votes;
      }),
    });
  } finally {
    await server.stop();
  }
}

async function runBaseline(): Promise<Run> {
  console.log('plain socket.io (one message per vote)');
  const child = spawn(process.execPath, ['dist/bench/support/plain-server.js', `${PLAIN_PORT}`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await listening(child);
    const url = `http://127.0.0.1:${PLAIN_PORT}`;
    const open = () =>
      new Promise<Socket>((resolve, reject) => {
        const socket = io(url, { transports: ['websocket'] });
        socket.once('connect', () => resolve(socket));
        socket.once('connect_error', reject);
      });
    const voters = await Promise.all(Array.from({ length: 61 }, open));
    return await measure({
      pid: child.pid ?? 0,
      questionIds: Array.from({ length: Math.ceil((RATE * SECONDS) / 61) + 2 }, () => randomUUID()),
      connectListener: open,
      onTotals: (socket, listener) =>
        socket.on('total', (questionId: string, total: number) => listener([[questionId, total]])),
      voters: voters.map(
        (socket) => (questionId) =>
          socket.timeout(10_000).emitWithAck('vote', questionId) as Promise<number>,
      ),
    });
  } finally {
    child.kill('SIGTERM');
  }
}

/** The same load and the same clocks for both servers. */
async function measure(target: Target): Promise<Run> {
  await sleep(1000);
  const before = rssKiB(target.pid);
  const listeners: Socket[] = [];
  const seen = new Map<number, Map<string, { total: number; at: number }[]>>();
  let received = 0;
  for (let start = 0; start < CLIENTS; start += CONNECT_BATCH) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(CONNECT_BATCH, CLIENTS - start) }, (_, i) =>
        target.connectListener(start + i),
      ),
    );
    for (const socket of batch) {
      const index = listeners.push(socket) - 1;
      const timed = index % Math.max(1, Math.floor(CLIENTS / SAMPLE)) === 0;
      const log = new Map<string, { total: number; at: number }[]>();
      if (timed) seen.set(index, log);
      target.onTotals(socket, (totals) => {
        received++;
        if (!timed) return;
        const at = performance.now();
        for (const [questionId, total] of totals) {
          const entries = log.get(questionId) ?? [];
          entries.push({ total, at });
          log.set(questionId, entries);
        }
      });
    }
    console.log(`  ${listeners.length} clients connected`);
  }
  await sleep(2000);
  const memoryPerConnectionKiB = round((rssKiB(target.pid) - before) / CLIENTS);

  // Every voter votes once on each question, in a shuffled order.
  const ops: { voter: number; questionId: string }[] = [];
  for (const questionId of target.questionIds) {
    for (let voter = 0; voter < target.voters.length; voter++) ops.push({ voter, questionId });
  }
  for (let i = ops.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [ops[i], ops[j]] = [ops[j], ops[i]];
  }
  const votes: { questionId: string; total: number; sentAt: number }[] = [];
  let failed = 0;
  const pending: Promise<void>[] = [];
  const receivedBefore = received;
  const started = performance.now();
  let next = 0;
  while (performance.now() - started < SECONDS * 1000 && next < ops.length) {
    const due = Math.floor(((performance.now() - started) / 1000) * RATE);
    for (; next < due && next < ops.length; next++) {
      const { voter, questionId } = ops[next];
      const sentAt = performance.now();
      pending.push(
        target.voters[voter](questionId).then(
          (total) => {
            votes.push({ questionId, total, sentAt });
          },
          () => {
            failed++;
          },
        ),
      );
    }
    await sleep(TICK_MS);
  }
  await Promise.allSettled(pending);
  await sleep(2000);
  const elapsed = (performance.now() - started) / 1000;
  const messages = received - receivedBefore;

  const latencies: number[] = [];
  let unseen = 0;
  for (const log of seen.values()) {
    for (const vote of votes) {
      const reached = log.get(vote.questionId)?.find((entry) => entry.total >= vote.total);
      if (reached) latencies.push(reached.at - vote.sentAt);
      else unseen++;
    }
  }
  latencies.sort((a, b) => a - b);
  for (const socket of listeners) socket.close();
  return {
    clients: CLIENTS,
    votes: votes.length,
    failedVotes: failed,
    latencyMs: {
      p50: round(percentile(latencies, 50)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies.at(-1) ?? Number.NaN),
    },
    unseen,
    messagesPerClientPerSecond: round(messages / CLIENTS / elapsed),
    memoryPerConnectionKiB,
  };
}

async function seedQuestions(
  databaseUrl: string,
  sessionId: string,
  authorId: string,
  count: number,
): Promise<string[]> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const ids = Array.from({ length: count }, () => randomUUID());
    for (const id of ids) {
      await db.query(
        `INSERT INTO questions (id, session_id, author_id, text, anonymous, status, pinned, votes,
                                created_at, updated_at)
         VALUES ($1, $2, $3, $4, false, 'approved', false, 0, now(), now())`,
        [id, sessionId, authorId, `Benchmark question ${id.slice(0, 8)}`],
      );
    }
    return ids;
  } finally {
    await db.end();
  }
}

function rssKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
}

function listening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`The baseline server exited (${code})`)));
  });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
