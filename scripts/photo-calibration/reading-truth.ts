import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
/** What a person read on the ID-card photos of the calibration set: file, field, SHA-256 of the printed value. */
export const READING_TRUTH = join(HERE, 'reading-truth.tsv');

/** file → field → SHA-256 of the value printed on it. */
export function readReadingTruth(file = READING_TRUTH): Map<string, Map<string, string>> {
  const truth = new Map<string, Map<string, string>>();
  const [, ...lines] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  for (const line of lines) {
    const [name, field, sha] = line.split('\t') as [string, string, string];
    if (!truth.has(name)) truth.set(name, new Map());
    truth.get(name)!.set(field, sha);
  }
  return truth;
}

/** The hash a read value is compared by: NFKC, without spaces (the truth file keeps no values, only these). */
export function valueHash(value: string): string {
  return createHash('sha256').update(value.normalize('NFKC').replace(/\s+/g, '')).digest('hex');
}

/** Where the reading set lives: $DVBOT_READING_CALIBRATION, else reading-calibration beside the checkout or its parent. */
export function readingCalibrationDir(): string | undefined {
  const root = resolve(HERE, '../..');
  const chosen = process.env.DVBOT_READING_CALIBRATION;
  const candidates = chosen ? [chosen] : [join(root, '../reading-calibration'), join(root, '../../reading-calibration')];
  return candidates.find((dir) => [...readReadingTruth().keys()].some((name) => existsSync(join(dir, name))));
}
