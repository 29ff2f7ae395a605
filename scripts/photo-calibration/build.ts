// Rebuilds the photo calibration set OUTSIDE the repository from its public sources:
//   node --import tsx scripts/photo-calibration/build.ts [--out ../photos-calibration/files] [--mirrors DIR]
// Each file is read from its source repository at the pinned commit: from a local bare mirror when one is given
// (DIR/owner+name/repo), else from a blob-less clone of github.com/owner/name made under OUT/.repos.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MANIFEST, readManifest, type CalibrationEntry } from './manifest.ts';

const arg = (name: string, fallback?: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const OUT = resolve(arg('out', '../photos-calibration/files')!);
const MIRRORS = arg('mirrors');

function gitDir(repo: string): string {
  const key = repo.replace('/', '+');
  if (MIRRORS) {
    for (const dir of [join(MIRRORS, key, 'repo', '.git'), join(MIRRORS, key, 'repo')]) if (existsSync(join(dir, 'HEAD'))) return dir;
  }
  const clone = join(OUT, '.repos', key);
  if (!existsSync(clone)) execFileSync('git', ['clone', '--quiet', '--bare', '--filter=blob:none', `https://github.com/${repo}.git`, clone], { stdio: 'inherit' });
  return clone;
}

function fetchOne(entry: CalibrationEntry): void {
  const bytes = execFileSync('git', ['--git-dir', gitDir(entry.repo), 'show', `${entry.commit}:${entry.path}`], { maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(join(OUT, entry.name), bytes);
}

mkdirSync(OUT, { recursive: true });
const entries = readManifest();
for (const entry of entries) fetchOne(entry);
copyFileSync(MANIFEST, join(OUT, 'MANIFEST.tsv'));
console.log(`${entries.length} files in ${OUT}`);
