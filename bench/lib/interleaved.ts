import { performance } from 'node:perf_hooks';

/** One turn of a bot: the user's text in a conversation, with the channel's message id. */
export type TurnFn = (conversationId: string, messageId: string, text: string) => Promise<unknown>;

/** A bot to measure and the script of its conversation `n`. */
export type Side = { turn: TurnFn; script: (n: number) => string[] };

/** Per counted round, each side's turns per second (wall) and per CPU-second. */
export type Interleaved = { turnsPerSecond: number[]; turnsPerCpuSecond: number[]; turns: number[] }[];

/** Every turn of a round in the order `play` uses: turn t of every conversation, then turn t + 1. */
function roundRobin(side: Side, prefix: string, conversations: number): [string, string, string][] {
  const scripts = Array.from({ length: conversations }, (_, i) => side.script(i));
  const length = Math.max(...scripts.map((s) => s.length));
  const turns: [string, string, string][] = [];
  for (let t = 0; t < length; t++) {
    for (let c = 0; c < conversations; c++) {
      const text = scripts[c]![t];
      if (text !== undefined) turns.push([`${prefix}-${c}`, `${prefix}-${c}-${t}`, text]);
    }
  }
  return turns;
}

/**
 * Measures bots against each other in the same stretch of time: each round's turns of every side are played in
 * `chunks` alternating slices (the side that goes first rotates), so a change of load, a major GC or the heap the
 * earlier slices left falls on every side alike. Each round uses fresh conversations; round 0 warms up and is not
 * counted. Sides of different script lengths advance in proportion, so they finish a round together.
 */
export async function interleaved(sides: Side[], prefix: string, conversations: number, rounds: number, chunks = 40): Promise<Interleaved> {
  const counted: Interleaved = [];
  for (let round = 0; round <= rounds; round++) {
    const lists = sides.map((side, s) => roundRobin(side, `${prefix}${round}-${s}`, conversations));
    const wallMs = sides.map(() => 0);
    const cpuMs = sides.map(() => 0);
    for (let k = 0; k < chunks; k++) {
      for (let i = 0; i < sides.length; i++) {
        const s = (i + k) % sides.length;
        const list = lists[s]!;
        const size = Math.ceil(list.length / chunks);
        const cpu = process.cpuUsage();
        const started = performance.now();
        for (const [conversationId, messageId, text] of list.slice(k * size, (k + 1) * size)) await sides[s]!.turn(conversationId, messageId, text);
        wallMs[s]! += performance.now() - started;
        const used = process.cpuUsage(cpu);
        cpuMs[s]! += (used.user + used.system) / 1000;
      }
    }
    if (round === 0) continue;
    counted.push({
      turnsPerSecond: lists.map((l, s) => l.length / (wallMs[s]! / 1000)),
      turnsPerCpuSecond: lists.map((l, s) => l.length / (cpuMs[s]! / 1000)),
      turns: lists.map((l) => l.length),
    });
  }
  return counted;
}

/** The median over rounds of side a's rate divided by side b's, in turns/s and in turns per CPU-second. */
export function medianRatios(rounds: Interleaved, a: number, b: number): { wall: number; cpu: number } {
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0;
  return {
    wall: median(rounds.map((r) => r.turnsPerSecond[a]! / r.turnsPerSecond[b]!)),
    cpu: median(rounds.map((r) => r.turnsPerCpuSecond[a]! / r.turnsPerCpuSecond[b]!)),
  };
}
