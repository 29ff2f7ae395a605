import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { HandoffQueueEntry } from './metrics.ts';

/** The Prometheus instruments of one bot, on a registry of its own (tests and several bots in one process do not collide). */
export type Instruments = ReturnType<typeof createInstruments>;

/** Builds the registry with Node's default metrics; the handoff gauges read `handoffQueue()` at every scrape. */
export function createInstruments(handoffQueue: () => Promise<readonly HandoffQueueEntry[]>) {
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
  new Gauge({
    name: 'dvbot_handoffs', help: 'Conversations with the agent desk, by state', labelNames: ['state'], registers: [registry],
    async collect() {
      const cases = await handoffQueue();
      for (const state of ['waiting', 'claimed'] as const) this.set({ state }, cases.filter((c) => c.state === state).length);
    },
  });
  new Gauge({
    name: 'dvbot_handoff_longest_wait_seconds', help: 'How long the longest-waiting unclaimed conversation has waited', registers: [registry],
    async collect() {
      const waiting = (await handoffQueue()).filter((c) => c.state === 'waiting').map((c) => Date.parse(c.waitingSince));
      this.set(waiting.length ? Math.max(0, (Date.now() - Math.min(...waiting)) / 1000) : 0);
    },
  });
  return { registry, turns, turnSeconds, storeErrors, ioSeconds, ioErrors };
}
