import { performance } from 'node:perf_hooks';
import type { Route } from '../http/types.ts';
import type { Instruments } from './registry.ts';

/** The bot's Prometheus metrics: turns, dialog I/O (photo checks, registrar calls, mail) and store errors. */
export type Metrics = {
  /** Times one turn; `outcome` is "ok" or the error code (store_unavailable, turn_timeout, …). */
  turn<T>(channel: string, run: () => Promise<T>): Promise<T>;
  /** Times one invoked I/O call of the dialog by actor name (inspectUploads, submitProfile, sendEmailCode, …). */
  io<T>(actor: string, run: () => Promise<T>): Promise<T>;
  /** Reports the agent desk's queue at every scrape (read from the shared store, so every instance reports the same). */
  watchHandoffs(queue: () => Promise<readonly HandoffQueueEntry[]>): void;
  /** Loads prom-client (~60 ms of CPU) and replays what was counted before; called once the server is ready, or by the first scrape. */
  load(): Promise<void>;
  /** `GET /metrics` in the Prometheus text format. */
  routes: Route[];
};

/** What the handoff gauges need of a case: whether an agent has it, and since when it waits. */
export type HandoffQueueEntry = { state: 'waiting' | 'claimed'; waitingSince: string };

const codeOf = (error: unknown) => {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : 'error';
};

/** One observation made before prom-client was loaded. */
type Observation = { kind: 'turn'; channel: string; outcome: string; seconds: number } | { kind: 'io'; actor: string; failed: boolean; seconds: number };

// Turns before the registry exists are few (it loads right after the server is ready); the bound only guards memory.
const PENDING_KEPT = 10_000;

/**
 * Creates the metrics. prom-client is loaded only by `load()` (after start-up) or the first scrape, so start-up does not
 * wait for it; what is counted meanwhile is kept and replayed, so the first scrape misses nothing.
 * @example const metrics = createMetrics(); await metrics.turn('web', () => runner.handle(msg)); http.mount(metrics.routes);
 */
export function createMetrics(): Metrics {
  let handoffQueue: (() => Promise<readonly HandoffQueueEntry[]>) | undefined;
  let instruments: Instruments | undefined;
  let loading: Promise<void> | undefined;
  const pending: Observation[] = [];
  const record = (o: Observation) => {
    if (!instruments) return void (pending.length < PENDING_KEPT && pending.push(o));
    if (o.kind === 'turn') {
      instruments.turns.inc({ channel: o.channel, outcome: o.outcome });
      instruments.turnSeconds.observe({ channel: o.channel }, o.seconds);
      if (o.outcome === 'store_unavailable') instruments.storeErrors.inc();
    } else {
      instruments.ioSeconds.observe({ actor: o.actor }, o.seconds);
      if (o.failed) instruments.ioErrors.inc({ actor: o.actor });
    }
  };
  const load = () => (loading ??= import('./registry.ts').then(({ createInstruments }) => {
    instruments = createInstruments(async () => (await handoffQueue?.()) ?? []);
    for (const o of pending.splice(0)) record(o);
  }));
  const seconds = (since: number) => (performance.now() - since) / 1000;
  return {
    watchHandoffs(queue) {
      handoffQueue = queue;
    },
    async turn(channel, run) {
      const since = performance.now();
      let outcome = 'ok';
      try {
        return await run();
      } catch (error) {
        outcome = codeOf(error);
        throw error;
      } finally {
        record({ kind: 'turn', channel, outcome, seconds: seconds(since) });
      }
    },
    async io(actor, run) {
      const since = performance.now();
      let failed = false;
      try {
        return await run();
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        record({ kind: 'io', actor, failed, seconds: seconds(since) });
      }
    },
    load,
    routes: [{
      method: 'GET', path: '/metrics',
      handler: async (_req, res) => {
        await load();
        const { registry } = instruments!;
        const body = await registry.metrics();
        res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(body);
      },
    }],
  };
}
