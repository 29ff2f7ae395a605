// Builds the reading calibration set (the ID-card photos named in reading-truth.tsv) OUTSIDE the repository, each file
// read at its manifest's pinned commit from a local bare mirror of its repository (as the search tool's fetch makes them):
//   node --import tsx scripts/photo-calibration/reading-build.ts --out /work/reading-calibration --mirrors /work/.mirror
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readManifest } from './manifest.ts';
import { readReadingTruth } from './reading-truth.ts';

const arg = (name: string) => process.argv[process.argv.indexOf(`--${name}`) + 1];
const [out, mirrors] = [resolve(arg('out') ?? '../reading-calibration'), resolve(arg('mirrors') ?? '/work/.mirror')];
const wanted = new Set(readReadingTruth().keys());
mkdirSync(out, { recursive: true });
for (const entry of readManifest().filter((e) => wanted.has(e.name))) {
  const gitDir = join(mirrors, entry.repo.replace('/', '+'), 'repo');
  writeFileSync(join(out, entry.name), execFileSync('git', ['--git-dir', gitDir, 'show', `${entry.commit}:${entry.path}`], { maxBuffer: 64 * 1024 * 1024 }));
  wanted.delete(entry.name);
}
if (wanted.size > 0) throw new Error(`not in the manifest: ${[...wanted].join(', ')}`);
console.log(`${readReadingTruth().size} files in ${out}`);
