import type { Runner } from '../../src/conversation/runner.ts';
import { toMessage } from './form-machine.ts';
import { verificationScript } from './verification-script.ts';

/**
 * CPU per turn of two runners of the same dialog, one keeping actors alive and one restoring every turn, measured
 * turn by turn in alternation (order swapped every conversation), so load and JIT state fall on both alike.
 * The first round warms both up and is not counted. Returns turns per CPU-second of each.
 */
export async function keptVsRestored(kept: Runner, restored: Runner, conversations = 200, rounds = 4): Promise<{ kept: number; restored: number }> {
  const cpu = { kept: 0, restored: 0 };
  const runners = { kept, restored };
  for (let round = 0; round <= rounds; round++) {
    const scripts = Array.from({ length: conversations }, (_, i) => verificationScript(i));
    for (let t = 0; t < 14; t++) {
      for (let c = 0; c < conversations; c++) {
        for (const name of c % 2 ? (['kept', 'restored'] as const) : (['restored', 'kept'] as const)) {
          const before = process.cpuUsage();
          await runners[name].handle(toMessage(`kr${round}-${c}`, `kr${round}-${c}-${t}`, scripts[c]![t]!));
          const used = process.cpuUsage(before);
          if (round > 0) cpu[name] += used.user + used.system;
        }
      }
    }
  }
  const turns = rounds * conversations * 14;
  return { kept: turns / (cpu.kept / 1e6), restored: turns / (cpu.restored / 1e6) };
}
