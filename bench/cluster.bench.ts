/**
 * 1, 2 and 3 `dvbot serve` instances on one Redis (a redis-server of the bench's own) behind a small round-robin proxy
 * on 127.0.0.1; many conversations of the real verification dialog over the web chat's HTTP API, bounded in count.
 * Reports turns/s, p50/p99, errors (must be 0), turns per CPU-second of the instances, and Redis commands per turn.
 * Run: `npm run bench:cluster [conversations] [concurrency]`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { createConnection, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from '@keyv/redis';
import { summarise, table, type RunStats } from './lib/stats.ts';
import { verificationScript } from './lib/verification-script.ts';

const CONVERSATIONS = Number(process.argv[2] ?? 60);
const CONCURRENCY = Number(process.argv[3] ?? 12);
const CLOCK_TICKS = 100; // USER_HZ of /proc/<pid>/stat on Linux
const DATA_KEY = randomBytes(32).toString('hex'); // one Redis, one key: every run's instances share both

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function startRedis(): Promise<{ url: string; child: ChildProcess; commands(): Promise<number> }> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  while (!(await new Promise<boolean>((resolve) => createConnection(port).once('connect', function (this: { destroy(): void }) { this.destroy(); resolve(true); }).once('error', () => resolve(false))))) await sleep(50);
  const url = `redis://127.0.0.1:${port}`;
  const client = createClient({ url });
  await client.connect();
  return {
    url, child,
    async commands() {
      const info = await client.info('stats');
      return Number(/total_commands_processed:(\d+)/.exec(info)?.[1] ?? 0);
    },
  };
}

/** Starts one instance; resolves with its URL once it says it is ready. */
function startInstance(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['bin/dvbot.js', 'serve'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /open (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ url: url.replace('localhost', '127.0.0.1'), child });
    });
    child.once('exit', (code) => reject(new Error(`instance exited with ${code}`)));
  });
}

function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS; // utime, stime
}

/** A round-robin HTTP proxy on 127.0.0.1 (keeps the client's X-Forwarded-For). */
async function startProxy(targets: string[]): Promise<{ url: string; server: Server }> {
  let next = 0;
  const server = createServer((req, res) => {
    const target = new URL(targets[next++ % targets.length]!);
    const upstream = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server };
}

/** Plays CONVERSATIONS scripts, CONCURRENCY at a time, each from its own client address. */
async function load(url: string): Promise<{ durations: number[]; errors: number; wallMs: number }> {
  const durations: number[] = [];
  let errors = 0;
  let started = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (started < CONVERSATIONS) {
      const n = started++;
      const conversationId = randomUUID();
      const address = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
      for (const text of verificationScript(n)) {
        const before = performance.now();
        const response = await fetch(`${url}/web/api/messages`, {
          method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
          body: JSON.stringify({ conversationId, id: randomUUID(), text }),
        });
        await response.arrayBuffer();
        durations.push(performance.now() - before);
        if (response.status !== 200) errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { durations, errors, wallMs: performance.now() - t0 };
}

async function measure(instances: number, redis: Awaited<ReturnType<typeof startRedis>>): Promise<RunStats & { errors: number; redisPerTurn: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'dvbot-cluster-'));
  const env = {
    ...process.env, REDIS_URL: redis.url, DVBOT_DATA_KEY: DATA_KEY, DVBOT_DATA_DIR: dir, PORT: '0',
    LOG_LEVEL: 'warn', TRUSTED_PROXIES: '127.0.0.1', MALLOC_ARENA_MAX: '2',
  };
  const started = await Promise.all(Array.from({ length: instances }, () => startInstance(env)));
  const proxy = await startProxy(started.map((s) => s.url));
  try {
    const cpuBefore = started.map((s) => cpuSeconds(s.child.pid!));
    const commandsBefore = await redis.commands();
    const run = await load(proxy.url);
    const cpu = started.reduce((sum, s, i) => sum + cpuSeconds(s.child.pid!) - cpuBefore[i]!, 0);
    const commands = (await redis.commands()) - commandsBefore;
    return { ...summarise(`${instances} instance(s)`, run.durations, run.wallMs, cpu * 1000), errors: run.errors, redisPerTurn: commands / run.durations.length };
  } finally {
    proxy.server.close();
    for (const s of started) s.child.kill('SIGTERM');
    await Promise.all(started.map((s) => new Promise((resolve) => (s.child.exitCode !== null ? resolve(null) : s.child.once('exit', resolve)))));
    rmSync(dir, { recursive: true, force: true });
  }
}

const redis = await startRedis();
try {
  const runs = [];
  for (const instances of [1, 2, 3]) runs.push(await measure(instances, redis));
  console.log(`${CONVERSATIONS} conversations x ${verificationScript(0).length} turns, ${CONCURRENCY} at a time, Node ${process.version}\n`);
  console.log(table(runs));
  for (const r of runs) console.log(`${r.name}: errors ${r.errors}, Redis commands per turn ${r.redisPerTurn.toFixed(1)}`);
  console.log(JSON.stringify(runs.map((r) => ({
    instances: r.name[0], turns_per_s: Math.round(r.turnsPerSecond), p50_ms: r.p50Ms, p99_ms: r.p99Ms, errors: r.errors,
    turns_per_cpu_s: Math.round(r.turnsPerCpuSecond), redis_commands_per_turn: Math.round(r.redisPerTurn * 10) / 10,
  }))));
} finally {
  redis.child.kill('SIGKILL');
  process.exit(0); // the info client is the only thing left open
}
