/**
 * Text turns through the real runner: SQLite (durable) and in-memory stores, and the floor — a bare xstate
 * transition persisted to the same SQLite store. Run: `node --import tsx bench/turns.bench.ts [conversations] [turns]`.
 * The last line of output is one JSON object with the headline numbers.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createActor } from 'xstate';
import { createRunner } from '../src/conversation/runner.ts';
import { createLogger } from '../src/logger.ts';
import { createMemoryStore, createStore, type Store } from '../src/store/index.ts';
import { formMachine, formScript, toMessage, type FormEvent } from './lib/form-machine.ts';
import { summarise, table, type RunStats } from './lib/stats.ts';

const CONVERSATIONS = Number(process.argv[2] ?? 200);
const TURNS = Number(process.argv[3] ?? 10);
const WARMUP_CONVERSATIONS = 100; // JIT: the first ~1,000 turns of a path run markedly slower
const logger = createLogger('silent');

type TurnFn = (conversationId: string, messageId: string, text: string) => Promise<unknown>;

/** Plays every conversation's script, one turn of each conversation at a time (round robin), timing each turn. */
async function play(name: string, prefix: string, conversations: number, turn: TurnFn): Promise<RunStats> {
  const scripts = Array.from({ length: conversations }, (_, i) => formScript(i).slice(0, TURNS));
  const durations: number[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let t = 0; t < TURNS; t++) {
    for (let c = 0; c < conversations; c++) {
      const text = scripts[c]?.[t];
      if (text === undefined) continue;
      const before = performance.now();
      await turn(`${prefix}-${c}`, `${prefix}-${c}-${t}`, text);
      durations.push(performance.now() - before);
    }
  }
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return summarise(name, durations, wallMs, (used.user + used.system) / 1000);
}

function runnerTurn(store: Store): TurnFn {
  const runner = createRunner({ store, machine: formMachine, logger, dialogVersion: '1', toEvent: (msg): FormEvent => ({ type: 'user.text', text: msg.text ?? '' }) });
  return (conversationId, id, text) => runner.handle(toMessage(conversationId, id, text));
}

/** The floor: load, restore, one transition, persist — no lock, dedupe or settling. */
function bareTurn(store: Store): TurnFn {
  return async (conversationId, id, text) => {
    const saved = await store.conversations.load(conversationId);
    const actor = createActor(formMachine, saved ? { snapshot: saved.snapshot } : {});
    actor.start();
    actor.send({ type: 'user.text', text });
    await store.conversations.save(conversationId, { dialogId: 'bench-form', version: '1', snapshot: actor.getPersistedSnapshot(), seenIds: [id], updatedAt: new Date().toISOString() });
    actor.stop();
  };
}

/** Warms every path up before measuring any, so no run pays for another's compilation. */
async function measureAll(paths: [name: string, prefix: string, turn: TurnFn][]): Promise<RunStats[]> {
  for (const [name, prefix, turn] of paths) await play(name, `${prefix}-warm`, WARMUP_CONVERSATIONS, turn);
  const runs: RunStats[] = [];
  for (const [name, prefix, turn] of paths) runs.push(await play(name, prefix, CONVERSATIONS, turn));
  return runs;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'dvbot-bench-'));
  try {
    const config = { DVBOT_DATA_DIR: dir, DVBOT_DATA_KEY: randomBytes(32).toString('hex'), REDIS_URL: undefined, STATE_TTL_HOURS: 24 };
    const sqlite = await createStore(config);
    const memory = await createMemoryStore();
    const runs = await measureAll([
      ['runner + SQLite', 'sq', runnerTurn(sqlite)],
      ['runner + memory', 'mem', runnerTurn(memory)],
      ['floor: bare xstate + SQLite', 'floor', bareTurn(sqlite)],
    ]);
    const envelope = await sqlite.conversations.load('sq-0');
    await sqlite.close();
    await memory.close();
    const db = new Database(join(dir, 'dvbot.sqlite'), { readonly: true });
    const stored = db.prepare<[string], { bytes: number }>('SELECT length(value) AS bytes FROM kv WHERE key = ?').get('conv:sq-0');
    db.close();
    const [sq, mem, floor] = runs as [RunStats, RunStats, RunStats];
    const load = loadavg().map((l) => l.toFixed(1)).join(' ');
    console.log(`${CONVERSATIONS} conversations x ${TURNS} turns, Node ${process.version}, ${availableParallelism()} cores, load average ${load}\n`);
    console.log(table(runs));
    console.log(`\nrunner + SQLite reaches ${((sq.turnsPerSecond / floor.turnsPerSecond) * 100).toFixed(0)}% of the floor's turns/s`);
    console.log(`envelope after a full conversation: ${JSON.stringify(envelope).length} bytes JSON, ${stored?.bytes ?? 0} bytes stored (sealed)`);
    console.log(JSON.stringify({
      turn_p50_ms: round(sq.p50Ms), turn_p99_ms: round(sq.p99Ms), turns_per_s: Math.round(sq.turnsPerSecond),
      memory_turns_per_s: Math.round(mem.turnsPerSecond), floor_turns_per_s: Math.round(floor.turnsPerSecond), snapshot_bytes: stored?.bytes ?? 0,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

await main();
