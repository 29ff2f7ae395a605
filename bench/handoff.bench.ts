import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@keyv/redis';
import { createBus } from '../src/bus/index.ts';
import { loadConfig, type Config } from '../src/config.ts';
import { createAgents } from '../src/handoff/agents.ts';
import { createLogger } from '../src/logger.ts';
import { startServer, type RunningServer } from '../src/main.ts';
import { createStore } from '../src/store/index.ts';
import { agentClient, readEvents } from '../test/support/handoff-clients.ts';

// Latency of the desk's live pushes: an agent's POST until the user's page stream has it, and a user's turn until the
// agent's console stream has it. The user side is driven through the runner (the web route adds only HTTP and its
// per-address rate limit, which a benchmark would hit); the agent side is real HTTP. Baseline: GET /healthz, same run.
const N = Number(process.env.BENCH_MESSAGES ?? 200);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

type Pair = { user: RunningServer; agent: RunningServer; token: string; close(): Promise<void> };

const percentile = (values: number[], q: number) => [...values].sort((x, y) => x - y)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;
const stats = (values: number[]) => ({ p50: percentile(values, 0.5), p99: percentile(values, 0.99) });
/** p50 of the last quarter of a run over p50 of its first quarter. */
const lateVsEarly = (values: number[]) => percentile(values.slice(-Math.ceil(values.length / 4)), 0.5) / percentile(values.slice(0, Math.ceil(values.length / 4)), 0.5);

async function onePair(config: Config, prefix?: string): Promise<Pair> {
  const make = async () => {
    if (!prefix) return { server: await startServer(config, createLogger('silent')), close: async () => {} };
    const store = await createStore(config, undefined, { keyPrefix: prefix });
    const bus = await createBus(config, undefined, { prefix });
    return { server: await startServer(config, createLogger('silent'), { store, bus }), close: async () => { await store.close(); await bus.close(); } };
  };
  const a = await make();
  const b = prefix ? await make() : a;
  const { token } = await createAgents(a.server.bot.store).add(`bench-${randomUUID().slice(0, 8)}`);
  return {
    user: a.server, agent: b.server, token,
    async close() {
      await a.server.close();
      if (b !== a) await b.server.close();
      await a.close();
      if (b !== a) await b.close();
    },
  };
}

async function measure(pair: Pair): Promise<{ agentToUser: number[]; userToAgent: number[]; baseline: number[] }> {
  const browserId = randomUUID();
  const id = `web:${browserId}`;
  const turn = (n: string, text: string) => pair.user.bot.runner.handle({ id: `b${n}`, channel: 'web', conversationId: id, userId: 'u', text });
  await turn('0', 'hello');
  await turn('1', 'human');
  const agent = agentClient(pair.agent.url, pair.token);
  await agent.claim(id);
  const page = await readEvents(`${pair.user.url}/web/api/events?conversationId=${browserId}`);
  const desk = await agent.events();
  await desk.waitFor((e) => e.event === 'ready');
  const agentToUser: number[] = [], userToAgent: number[] = [], baseline: number[] = [];
  for (let i = 0; i < N; i++) {
    let t = performance.now();
    await fetch(`${pair.agent.url}/healthz`).then((r) => r.text());
    baseline.push(performance.now() - t);
    t = performance.now();
    const marker = `m-${i}`;
    const seen = page.waitFor((e) => JSON.stringify(e.data).includes(marker));
    await agent.send(id, marker);
    await seen;
    agentToUser.push(performance.now() - t);
    const count = desk.events.length;
    t = performance.now();
    const arrived = desk.waitFor((e) => desk.events.indexOf(e) >= count && e.event === 'entry');
    await turn(`u${i}`, `answer ${i}`);
    await arrived;
    userToAgent.push(performance.now() - t);
  }
  page.close();
  desk.close();
  return { agentToUser, userToAgent, baseline };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'dvbot-bench-handoff-'));
  const prefix = `dvbot-bench-${randomUUID()}:`;
  try {
    const local = await onePair(loadConfig({ DVBOT_DATA_DIR: join(dir, 'one'), DVBOT_DATA_KEY: 'f'.repeat(64), PORT: '0', LOG_LEVEL: 'silent' }));
    const one = await measure(local).finally(() => local.close());
    const redis = await onePair(loadConfig({ DVBOT_DATA_DIR: join(dir, 'two'), DVBOT_DATA_KEY: 'f'.repeat(64), REDIS_URL, PORT: '0', LOG_LEVEL: 'silent' }), prefix);
    const two = await measure(redis).finally(() => redis.close());
    const rows = [
      ['one instance (SQLite)', stats(one.agentToUser), stats(one.userToAgent), stats(one.baseline)],
      ['two instances (Redis)', stats(two.agentToUser), stats(two.userToAgent), stats(two.baseline)],
    ] as const;
    console.log(`${N} messages each way, Node ${process.version}, ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
    console.log('run                     agent→user p50/p99 ms   user→agent p50/p99 ms   GET /healthz p50 ms');
    for (const [name, a, u, b] of rows) console.log(`${name.padEnd(24)}${`${a.p50.toFixed(2)} / ${a.p99.toFixed(2)}`.padEnd(24)}${`${u.p50.toFixed(2)} / ${u.p99.toFixed(2)}`.padEnd(24)}${b.p50.toFixed(2)}`);
    const r = (v: number) => Math.round(v * 100) / 100;
    console.log(JSON.stringify({
      one_agent_to_user_p50_ms: r(rows[0][1].p50), one_agent_to_user_p99_ms: r(rows[0][1].p99), one_user_to_agent_p50_ms: r(rows[0][2].p50), one_user_to_agent_p99_ms: r(rows[0][2].p99),
      two_agent_to_user_p50_ms: r(rows[1][1].p50), two_agent_to_user_p99_ms: r(rows[1][1].p99), two_user_to_agent_p50_ms: r(rows[1][2].p50), two_user_to_agent_p99_ms: r(rows[1][2].p99),
      healthz_p50_ms: r(rows[0][3].p50), one_agent_to_user_vs_healthz: r(rows[0][1].p50 / rows[0][3].p50),
      // The transcript grows by three lines a round: a late/early ratio near 1 says a line costs the same at any length.
      one_user_to_agent_late_vs_early: r(lateVsEarly(one.userToAgent)), two_user_to_agent_late_vs_early: r(lateVsEarly(two.userToAgent)),
    }));
  } finally {
    const client = createClient({ url: REDIS_URL });
    await client.connect();
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*` })) if (keys.length) await client.del(keys);
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
