/**
 * The headline is the real verification dialog on SQLite. Also: the runner with a small form on SQLite and in memory, the floor — a bare xstate
 * transition persisted to the same SQLite store — and the same form as an idiomatic botbuilder-dialogs bot in memory.
 * The real dialog in memory and the botbuilder-dialogs form are also played side by side (bench/lib/interleaved.ts):
 * their ratio from runs that follow each other moves with the machine's load, the side-by-side one much less.
 * Run: `node --import tsx bench/turns.bench.ts [conversations] [turns]`.
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
import { benchVerificationMachine, verificationScript } from './lib/verification-script.ts';
import { toDialogEvent } from '../dialogs/verification/to-event.ts';
import { DIALOG_VERSION } from '../dialogs/verification/machine.ts';
import { createIntentClassifier } from '../src/faq/classifier.ts';
import { summarise, table, type RunStats } from './lib/stats.ts';
import { createBotbuilderForm } from './lib/botbuilder-form.ts';
import { measureInterpreter } from './lib/interpreter-cost.ts';
import { keptVsRestored } from './lib/kept-vs-restored.ts';
import { interleaved, medianRatios, type TurnFn } from './lib/interleaved.ts';

const CONVERSATIONS = Number(process.argv[2] ?? 200);
const TURNS = Number(process.argv[3] ?? 10);
const WARMUP_CONVERSATIONS = 100; // JIT: the first ~1,000 turns of a path run markedly slower
const INTERLEAVED_ROUNDS = 5;
const logger = createLogger('silent');

/** Plays every conversation's script, one turn of each conversation at a time (round robin), timing each turn. */
async function play(name: string, prefix: string, conversations: number, turn: TurnFn, script = (i: number) => formScript(i).slice(0, TURNS)): Promise<RunStats> {
  const scripts = Array.from({ length: conversations }, (_, i) => script(i));
  const length = Math.max(...scripts.map((s) => s.length));
  const durations: number[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let t = 0; t < length; t++) {
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

/** The real verification dialog behind the same runner, with the real event mapper (commands, questions). */
function dialogTurn(store: Store): TurnFn {
  const runner = dialogRunner(store);
  return (conversationId, id, text) => runner.handle(toMessage(conversationId, id, text));
}

/** `liveActors: 0` restores every turn's actor from the store, as every turn did before actors were kept alive. */
function dialogRunner(store: Store, liveActors?: number) {
  const classifier = createIntentClassifier();
  const saveUpload = async () => { throw new Error('no uploads in the text benchmark'); };
  return createRunner({
    store, machine: benchVerificationMachine, logger, dialogVersion: DIALOG_VERSION, toEvent: (msg) => toDialogEvent(msg, { saveUpload, classifier }),
    ...(liveActors === undefined ? {} : { liveActors }),
  });
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
type BenchPath = [name: string, prefix: string, turn: TurnFn, script?: (i: number) => string[]];

async function measureAll(paths: BenchPath[]): Promise<RunStats[]> {
  for (const [name, prefix, turn, script] of paths) await play(name, `${prefix}-warm`, WARMUP_CONVERSATIONS, turn, script);
  const runs: RunStats[] = [];
  for (const [name, prefix, turn, script] of paths) runs.push(await play(name, prefix, CONVERSATIONS, turn, script));
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
      ['verification dialog + SQLite', 'dlg', dialogTurn(sqlite), verificationScript],
      ['verification dialog + memory', 'dlgm', dialogTurn(memory), verificationScript],
      ['botbuilder-dialogs + memory', 'bb', createBotbuilderForm()],
    ]);
    const live = await keptVsRestored(dialogRunner(sqlite), dialogRunner(sqlite, 0));
    // The ratio to botbuilder-dialogs again, the two played in alternating slices of the same stretch of time: the
    // runs above follow each other, so a change of load between them moves their ratio.
    const sideBySide = await interleaved(
      [{ turn: dialogTurn(memory), script: verificationScript }, { turn: createBotbuilderForm(), script: (i) => formScript(i).slice(0, TURNS) }],
      'alt', CONVERSATIONS, INTERLEAVED_ROUNDS,
    );
    const vsBotbuilder = medianRatios(sideBySide, 0, 1);
    const envelope = await sqlite.conversations.load('sq-0');
    const dialogEnvelope = await sqlite.conversations.load('dlg-0');
    await sqlite.close();
    await memory.close();
    const db = new Database(join(dir, 'dvbot.sqlite'), { readonly: true });
    const sizeOf = db.prepare<[string], { bytes: number }>('SELECT length(value) AS bytes FROM kv WHERE key = ?');
    const stored = sizeOf.get('conv:sq-0');
    const dialogStored = sizeOf.get('conv:dlg-0');
    db.close();
    const [sq, mem, floor, dlg, dlgm, bb] = runs as [RunStats, RunStats, RunStats, RunStats, RunStats, RunStats];
    const load = loadavg().map((l) => l.toFixed(1)).join(' ');
    console.log(`${CONVERSATIONS} conversations x ${TURNS} turns, Node ${process.version}, ${availableParallelism()} cores, load average ${load}\n`);
    console.log(table(runs));
    console.log(`\nheadline: the real verification dialog on SQLite does ${Math.round(dlg.turnsPerSecond)} turns/s, p50 ${round(dlg.p50Ms)} ms, p99 ${round(dlg.p99Ms)} ms;`
      + ` in memory ${(dlgm.turnsPerSecond / bb.turnsPerSecond).toFixed(2)}x botbuilder-dialogs (turns/s), ${(dlgm.turnsPerCpuSecond / bb.turnsPerCpuSecond).toFixed(2)}x (turns per CPU-second)`);
    console.log(`side by side, in alternating slices over ${INTERLEAVED_ROUNDS} rounds (${sideBySide[0]?.turns.join(' and ')} turns a round): the dialog in memory does`
      + ` ${vsBotbuilder.wall.toFixed(2)}x botbuilder-dialogs (turns/s), ${vsBotbuilder.cpu.toFixed(2)}x (turns per CPU-second), medians of the rounds`);
    console.log(`kept actors, turn by turn against restoring every turn (SQLite): ${Math.round(live.kept)} vs ${Math.round(live.restored)} turns per CPU-second = ${(live.kept / live.restored).toFixed(2)}x`);
    console.log(`runner + SQLite reaches ${((sq.turnsPerSecond / floor.turnsPerSecond) * 100).toFixed(0)}% of the floor's turns/s`);
    console.log(`runner + memory does ${(mem.turnsPerSecond / bb.turnsPerSecond).toFixed(2)}x the turns/s of botbuilder-dialogs + memory`);
    console.log(`envelope after a full conversation: ${JSON.stringify(envelope).length} bytes JSON, ${stored?.bytes ?? 0} bytes stored (sealed)`);
    console.log(`verification dialog envelope at the English profile: ${JSON.stringify(dialogEnvelope).length} bytes JSON, ${dialogStored?.bytes ?? 0} bytes stored (sealed)`);
    const understanding = measureInterpreter();
    console.log(`interpreter (message + open question → meaning): p50 ${understanding.p50Us.toFixed(1)} µs, p99 ${understanding.p99Us.toFixed(1)} µs per message `
      + `over ${understanding.messages} messages; the field's validator alone: p50 ${understanding.validatorP50Us.toFixed(1)} µs`);
    console.log(JSON.stringify({
      headline: {
        dialog_sqlite_turns_per_s: Math.round(dlg.turnsPerSecond), dialog_sqlite_p50_ms: round(dlg.p50Ms), dialog_sqlite_p99_ms: round(dlg.p99Ms),
        dialog_sqlite_turns_per_cpu_s: Math.round(dlg.turnsPerCpuSecond),
        dialog_memory_vs_botbuilder: Math.round((dlgm.turnsPerSecond / bb.turnsPerSecond) * 100) / 100,
        dialog_memory_vs_botbuilder_cpu: Math.round((dlgm.turnsPerCpuSecond / bb.turnsPerCpuSecond) * 100) / 100,
        dialog_memory_vs_botbuilder_side_by_side: Math.round(vsBotbuilder.wall * 100) / 100,
        dialog_memory_vs_botbuilder_side_by_side_cpu: Math.round(vsBotbuilder.cpu * 100) / 100,
      },
      turn_p50_ms: round(sq.p50Ms), turn_p99_ms: round(sq.p99Ms), turns_per_s: Math.round(sq.turnsPerSecond),
      memory_turns_per_s: Math.round(mem.turnsPerSecond), floor_turns_per_s: Math.round(floor.turnsPerSecond),
      snapshot_bytes: Math.max(stored?.bytes ?? 0, dialogStored?.bytes ?? 0),
      dialog_p50_ms: round(dlg.p50Ms), dialog_p99_ms: round(dlg.p99Ms), dialog_turns_per_s: Math.round(dlg.turnsPerSecond),
      dialog_memory_turns_per_s: Math.round(dlgm.turnsPerSecond), kept_vs_restored_cpu: Math.round((live.kept / live.restored) * 100) / 100,
      interpreter_p50_us: Math.round(understanding.p50Us * 10) / 10, interpreter_p99_us: Math.round(understanding.p99Us * 10) / 10,
      validator_p50_us: Math.round(understanding.validatorP50Us * 10) / 10,
      botbuilder_turns_per_s: Math.round(bb.turnsPerSecond), memory_vs_botbuilder: Math.round((mem.turnsPerSecond / bb.turnsPerSecond) * 100) / 100,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

await main();
