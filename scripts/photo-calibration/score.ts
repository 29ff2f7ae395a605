// Scores the photo checks on the calibration set: node --import tsx scripts/photo-calibration/score.ts [--impl PATH]
// Prints every file's verdict and, per category, good photos wrongly rejected and bad photos caught.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PhotoReport } from '../../src/photos/types.ts';
import { calibrationDir, readManifest, type CalibrationEntry } from './manifest.ts';

/** One file's outcome. */
export type Scored = { entry: CalibrationEntry; report: PhotoReport; right: boolean };

/** Whether a report agrees with the person's verdict (a borderline file agrees with either). */
export function agrees(entry: CalibrationEntry, report: PhotoReport): boolean {
  if (entry.verdict === 'borderline') return true;
  if (entry.verdict === 'good') return report.ok;
  if (entry.verdict === 'bad') return !report.ok;
  const opened = report.width !== undefined && !report.problems.some((p) => p.code === 'unreadable');
  return entry.expect === 'opens' ? opened : !opened && report.problems.some((p) => p.code === 'unreadable');
}

/** Checks every file of the set with `inspect`. */
export async function scoreSet(dir: string, inspect: (bytes: Buffer, name: string) => Promise<PhotoReport>): Promise<Scored[]> {
  const out: Scored[] = [];
  for (const entry of readManifest(join(dir, 'MANIFEST.tsv'))) {
    const report = await inspect(readFileSync(join(dir, entry.name)), entry.name);
    out.push({ entry, report, right: agrees(entry, report) });
  }
  return out;
}

/** Per category (good / bad:<expected> / format), optionally of one part of the set: how many, how many judged as the person did. */
export function summarise(scored: Scored[], part?: CalibrationEntry['part']): Record<string, { n: number; right: number }> {
  const table: Record<string, { n: number; right: number }> = {};
  for (const s of scored) {
    if (s.entry.verdict === 'borderline' || (part && s.entry.part !== part)) continue;
    const key = s.entry.verdict === 'good' ? 'good' : `${s.entry.verdict}:${s.entry.expect}`;
    const row = (table[key] ??= { n: 0, right: 0 });
    row.n++;
    if (s.right) row.right++;
  }
  return table;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = calibrationDir();
  if (!dir) throw new Error('no calibration set: run scripts/photo-calibration/build.ts first');
  const at = process.argv.indexOf('--impl');
  const { createPhotoInspector } = await import(at >= 0 ? process.argv[at + 1]! : '../../src/photos/inspector.ts') as typeof import('../../src/photos/inspector.ts');
  const photos = createPhotoInspector({ workers: 1, timeoutMs: 120_000 });
  const scored = await scoreSet(dir, (bytes, name) => photos.inspect(bytes, { fileName: name }));
  await photos.close();
  for (const s of scored) {
    const mark = s.entry.verdict === 'borderline' ? '~  ' : s.right ? 'ok ' : 'BAD';
    console.log(`${mark} ${s.entry.part.padEnd(8)} ${s.entry.verdict.padEnd(10)} ${s.entry.name.padEnd(28)} ${s.report.problems.map((p) => `${p.code}:${p.severity}`).join(',')}`);
  }
  for (const part of ['tune', 'held-out'] as const) console.log(part, JSON.stringify(summarise(scored, part)));
  console.log('all', JSON.stringify(summarise(scored)));
}
