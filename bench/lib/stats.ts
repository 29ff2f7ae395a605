/** Latency and throughput of one benchmark run. */
export type RunStats = {
  name: string; turns: number; seconds: number; p50Ms: number; p99Ms: number; maxMs: number; turnsPerSecond: number;
  /** Turns per second of the process's own CPU time: what the run would reach on cores nobody else uses. */
  turnsPerCpuSecond: number;
};

/** Summarises per-turn durations (ms) measured over a wall-clock span and the CPU time spent in it (ms). */
export function summarise(name: string, durationsMs: number[], wallMs: number, cpuMs: number): RunStats {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    name, turns: sorted.length, seconds: wallMs / 1000, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: sorted.at(-1) ?? 0,
    turnsPerSecond: sorted.length / (wallMs / 1000), turnsPerCpuSecond: sorted.length / (cpuMs / 1000),
  };
}

/** A fixed-width table of runs. */
export function table(runs: RunStats[]): string {
  const head = ['run', 'turns', 'turns/s', 'p50 ms', 'p99 ms', 'max ms', 'turns/cpu-s'];
  const rows = runs.map((r) => [r.name, String(r.turns), r.turnsPerSecond.toFixed(0), r.p50Ms.toFixed(3), r.p99Ms.toFixed(3), r.maxMs.toFixed(2), r.turnsPerCpuSecond.toFixed(0)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
