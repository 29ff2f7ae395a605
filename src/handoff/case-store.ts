import { createTurnLock, type KeyedLock } from '../conversation/locks.ts';
import type { Store } from '../store/types.ts';
import type { HandoffCase, TranscriptEntry } from './types.ts';

/** An agent revealed a masked value: who, when, what (never the value itself). */
export type RevealRecord = { agent: string; field: string; at: string };

const MAX_ENTRIES = 500;

// Before the desk, `handoff` held bare request records (no state, no waitingSince): they read as no case, and the
// dialog's next request for a person writes a real one over them.
const isCase = (value: unknown): value is HandoffCase =>
  typeof value === 'object' && value !== null && typeof (value as HandoffCase).waitingSince === 'string' && typeof (value as HandoffCase).state === 'string';
const LOCK_HOLD_MS = 10_000;

/**
 * Where the desk keeps its state, all in the one store (encrypted at rest, with the conversation's lifetime):
 * cases in `handoff`, transcripts in `handoff-log`, reveals in `handoff-audit`. `locked` serializes changes to one case
 * across instances (Redis locks when the store has them), which is what makes "exactly one claim wins" hold.
 */
export function createCaseStore(store: Store, ttlMs: number) {
  const cases = store.kv<HandoffCase>('handoff', { ttlMs });
  const logs = store.kv<TranscriptEntry[]>('handoff-log', { ttlMs });
  const audit = store.kv<RevealRecord[]>('handoff-audit', { ttlMs });
  const lock: KeyedLock = createTurnLock(store.locks, LOCK_HOLD_MS);
  return {
    get: async (id: string) => {
      const found = await cases.get(id);
      return isCase(found) ? found : undefined;
    },
    put: (c: HandoffCase) => cases.set(c.id, c),
    delete: (id: string) => cases.delete(id),
    /** Every open case, oldest first. */
    async all(): Promise<HandoffCase[]> {
      const found: HandoffCase[] = [];
      for await (const [, c] of cases.entries()) if (isCase(c)) found.push(c);
      return found.sort((a, b) => a.waitingSince.localeCompare(b.waitingSince) || a.id.localeCompare(b.id));
    },
    transcript: async (id: string) => (await logs.get(id)) ?? [],
    /** Appends one entry; call inside `locked(id, …)` so concurrent appends from two instances both survive. */
    async append(id: string, entry: TranscriptEntry): Promise<void> {
      const entries = (await logs.get(id)) ?? [];
      entries.push(entry);
      await logs.set(id, entries.slice(-MAX_ENTRIES));
    },
    async recordReveal(id: string, record: RevealRecord): Promise<void> {
      await audit.set(id, [...((await audit.get(id)) ?? []), record]);
    },
    reveals: async (id: string) => (await audit.get(id)) ?? [],
    locked: <T>(id: string, task: () => Promise<T>) => lock.run(`handoff:${id}`, task),
  };
}

/** The desk's persistence. */
export type CaseStore = ReturnType<typeof createCaseStore>;
