import { createTurnLock, type KeyedLock } from '../conversation/locks.ts';
import type { Store } from '../store/types.ts';
import type { HandoffCase, TranscriptEntry } from './types.ts';

/** An agent revealed a masked value: who, when, what (never the value itself). */
export type RevealRecord = { agent: string; field: string; at: string };

/** The transcript keeps this many of the latest turns (a turn is the user's line with the bot's replies). */
export const TRANSCRIPT_SLOTS = 200;
/** …and shows at most this many lines of them. */
export const TRANSCRIPT_LINES = 200;

/** One slot of the transcript ring: which append it holds (a reused slot holds a later one), and its lines. */
type Slot = { n: number; entries: TranscriptEntry[] };

// Before the desk, `handoff` held bare request records (no state, no waitingSince): they read as no case, and the
// dialog's next request for a person writes a real one over them.
const isCase = (value: unknown): value is HandoffCase =>
  typeof value === 'object' && value !== null && typeof (value as HandoffCase).waitingSince === 'string' && typeof (value as HandoffCase).state === 'string';
const LOCK_HOLD_MS = 10_000;

/**
 * Where the desk keeps its state, all in the one store (encrypted at rest, with the conversation's lifetime):
 * cases in `handoff`, reveals in `handoff-audit`, and transcripts as a ring of TRANSCRIPT_SLOTS entries per
 * conversation (`handoff-line`, keyed `id#slot`, with the next append's number in `handoff-head`), so writing a line
 * costs the same however long the conversation is. `locked` serializes changes to one case across instances (Redis
 * locks when the store has them), which is what makes "exactly one claim wins" hold.
 */
export function createCaseStore(store: Store, ttlMs: number) {
  const cases = store.kv<HandoffCase>('handoff', { ttlMs });
  const legacyLogs = store.kv<TranscriptEntry[]>('handoff-log', { ttlMs }); // whole transcripts, before the ring
  const heads = store.kv<{ next: number }>('handoff-head', { ttlMs });
  const slots = store.kv<Slot>('handoff-line', { ttlMs });
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
    /** The latest TRANSCRIPT_LINES lines, oldest first (slots that expired or were reused are skipped). */
    async transcript(id: string): Promise<TranscriptEntry[]> {
      const [head, legacy] = await Promise.all([heads.get(id), legacyLogs.get(id)]);
      if (!head) return legacy ?? [];
      const numbers = Array.from({ length: Math.min(head.next, TRANSCRIPT_SLOTS) }, (_, i) => head.next - Math.min(head.next, TRANSCRIPT_SLOTS) + i);
      const found = await Promise.all(numbers.map(async (n) => {
        const slot = await slots.get(`${id}#${n % TRANSCRIPT_SLOTS}`);
        return slot?.n === n ? slot.entries : [];
      }));
      return [...(legacy ?? []), ...found.flat()].slice(-TRANSCRIPT_LINES);
    },
    /** How many appends a transcript has had (it grows with every line, whichever process wrote it). */
    appended: async (id: string) => (await heads.get(id))?.next ?? 0,
    /** Appends lines as one slot; call inside `locked(id, …)` so concurrent appends from two instances both survive. */
    async append(id: string, ...entries: TranscriptEntry[]): Promise<void> {
      if (!entries.length) return;
      const next = (await heads.get(id))?.next ?? 0;
      await slots.set(`${id}#${next % TRANSCRIPT_SLOTS}`, { n: next, entries });
      await heads.set(id, { next: next + 1 });
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
