import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Route } from '../http/types.ts';

/** The bot's Prometheus metrics: turns, dialog I/O (photo checks, registrar calls, mail) and store errors. */
export type Metrics = {
  /** Times one turn; `outcome` is "ok" or the error code (store_unavailable, turn_timeout, …). */
  turn<T>(channel: string, run: () => Promise<T>): Promise<T>;
  /** Times one invoked I/O call of the dialog by actor name (inspectUploads, submitProfile, sendEmailCode, …). */
  io<T>(actor: string, run: () => Promise<T>): Promise<T>;
  /** Reports the agent desk's queue at every scrape (read from the shared store, so every instance reports the same). */
  watchHandoffs(queue: () => Promise<readonly HandoffQueueEntry[]>): void;
  /** `GET /metrics` in the Prometheus text format. */
  routes: Route[];
};

/** What the handoff gauges need of a case: whether an agent has it, and since when it waits. */
export type HandoffQueueEntry = { state: 'waiting' | 'claimed'; waitingSince: string };

const codeOf = (error: unknown) => {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : 'error';
};

/**
 * Creates a registry of its own (so tests and several bots in one process do not collide) with Node's default metrics.
 * @example const metrics = createMetrics(); await metrics.turn('web', () => runner.handle(msg)); http.mount(metrics.routes);
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'dvbot_' });
  const turns = new Counter({ name: 'dvbot_turns_total', help: 'Turns by channel and outcome', labelNames: ['channel', 'outcome'], registers: [registry] });
  const turnSeconds = new Histogram({
    name: 'dvbot_turn_seconds', help: 'Turn latency', labelNames: ['channel'], registers: [registry],
    buckets: [0.001, 0.002, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 30],
  });
  const storeErrors = new Counter({ name: 'dvbot_store_errors_total', help: 'Turns that failed because the store did not answer', registers: [registry] });
  const ioSeconds = new Histogram({
    name: 'dvbot_dialog_io_seconds', help: 'Dialog I/O latency by actor (photo checks, registrar calls, mail)', labelNames: ['actor'], registers: [registry],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
  });
  const ioErrors = new Counter({ name: 'dvbot_dialog_io_errors_total', help: 'Failed dialog I/O calls by actor (registrar errors among them)', labelNames: ['actor'], registers: [registry] });
  let handoffQueue: (() => Promise<readonly HandoffQueueEntry[]>) | undefined;
  // Registered with the registry; their values are read from the desk when Prometheus scrapes.
  new Gauge({
    name: 'dvbot_handoffs', help: 'Conversations with the agent desk, by state', labelNames: ['state'], registers: [registry],
    async collect() {
      const cases = (await handoffQueue?.()) ?? [];
      for (const state of ['waiting', 'claimed'] as const) this.set({ state }, cases.filter((c) => c.state === state).length);
    },
  });
  new Gauge({
    name: 'dvbot_handoff_longest_wait_seconds', help: 'How long the longest-waiting unclaimed conversation has waited', registers: [registry],
    async collect() {
      const waiting = ((await handoffQueue?.()) ?? []).filter((c) => c.state === 'waiting').map((c) => Date.parse(c.waitingSince));
      this.set(waiting.length ? Math.max(0, (Date.now() - Math.min(...waiting)) / 1000) : 0);
    },
  });
  return {
    watchHandoffs(queue) {
      handoffQueue = queue;
    },
    async turn(channel, run) {
      const end = turnSeconds.startTimer({ channel });
      try {
        const result = await run();
        turns.inc({ channel, outcome: 'ok' });
        return result;
      } catch (error) {
        turns.inc({ channel, outcome: codeOf(error) });
        if (codeOf(error) === 'store_unavailable') storeErrors.inc();
        throw error;
      } finally {
        end();
      }
    },
    async io(actor, run) {
      const end = ioSeconds.startTimer({ actor });
      try {
        return await run();
      } catch (error) {
        ioErrors.inc({ actor });
        throw error;
      } finally {
        end();
      }
    },
    routes: [{
      method: 'GET', path: '/metrics',
      handler: async (_req, res) => {
        const body = await registry.metrics();
        res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(body);
      },
    }],
  };
}
