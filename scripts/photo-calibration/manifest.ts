import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One real public photo of the calibration set and the verdict a person gave it by looking at it. */
export type CalibrationEntry = {
  name: string; repo: string; commit: string; path: string; licence: string; shows: string;
  /**
   * good: should be accepted; bad: should be refused for `expect`; format: must open (`opens`) or be called damaged;
   * borderline: a person cannot tell at this resolution (either verdict is fair): shown, never counted.
   */
  verdict: 'good' | 'bad' | 'format' | 'borderline';
  expect: string;
  /** tune: the checks' lines were set looking at it; held-out: kept aside to see whether they generalise. */
  part: 'tune' | 'held-out';
};

const HERE = dirname(fileURLToPath(import.meta.url));
/** The manifest kept in the repository (the photos themselves never are). */
export const MANIFEST = join(HERE, 'manifest.tsv');

/** Parses a MANIFEST.tsv (header line, tab-separated). */
export function readManifest(file = MANIFEST): CalibrationEntry[] {
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  const keys = header!.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [keys[i], v])) as CalibrationEntry);
}

/** Where the set lives: $DVBOT_PHOTO_CALIBRATION, else ../photos-calibration or ../shared/photos-calibration beside the checkout. */
export function calibrationDir(): string | undefined {
  const root = resolve(HERE, '../..');
  const chosen = process.env.DVBOT_PHOTO_CALIBRATION;
  const candidates = chosen ? [chosen] : [join(root, '../photos-calibration/files'), join(root, '../shared/photos-calibration'), join(root, '../../photos-calibration/files')];
  return candidates.find((dir) => existsSync(join(dir, 'MANIFEST.tsv')));
}
