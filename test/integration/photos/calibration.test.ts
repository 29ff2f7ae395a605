import { beforeAll, describe, expect, it } from 'vitest';
import { createPhotoInspector } from '../../../src/photos/inspector.ts';
import { calibrationDir } from '../../../scripts/photo-calibration/manifest.ts';
import { scoreSet, summarise, type Scored } from '../../../scripts/photo-calibration/score.ts';

// Real public photographs judged by a person (scripts/photo-calibration/manifest.tsv). They are never committed:
// scripts/photo-calibration/build.ts fetches them, so without network (CI) this suite is skipped as a whole.
const dir = calibrationDir();
// The issue's budget: at most 5 % of good photos wrongly rejected, at least 90 % of bad ones caught in every category
// with 5 or more files; smaller categories must stay all caught. Measured on 2026-12-03 (68 files): no good photo
// rejected (14); glare 15 of 16; cut-off 11 of 11 (tune 8 of 8, held-out 3 of 3: a page filling the frame is told by
// its open outline, a close crop of a card's text by the characters the frame edge cuts).
const BUDGET = { goodRejectedShare: 0.05, caughtShare: 0.9 };

describe.skipIf(!dir)('photo checks on the real calibration set', () => {
  let scored: Scored[] = [];
  beforeAll(async () => {
    // Fresh workers, as in production: the first HEIC of a new worker is the case that used to fail.
    const photos = createPhotoInspector({ workers: 2, timeoutMs: 120_000 });
    try {
      scored = await scoreSet(dir!, (bytes, name) => photos.inspect(bytes, { fileName: name }));
    } finally {
      await photos.close();
    }
  }, 900_000);

  const failures = (filter: (s: Scored) => boolean) => scored.filter((s) => filter(s) && !s.right)
    .map((s) => `${s.entry.name}: ${s.report.problems.map((p) => `${p.code}:${p.severity}`).join(',') || 'accepted'}`);

  it('opens every phone HEIC/HEIF and calls only the damaged file damaged', () => {
    expect(failures((s) => s.entry.verdict === 'format')).toEqual([]);
  });

  it('wrongly rejects at most 5 % of the good photos', () => {
    const { n, right } = summarise(scored).good ?? { n: 0, right: 0 };
    expect(n).toBeGreaterThan(0);
    expect((n - right) / n, failures((s) => s.entry.verdict === 'good').join('\n')).toBeLessThanOrEqual(BUDGET.goodRejectedShare);
  });

  it('catches 90 % of the bad photos in every category of 5 or more, and all of every smaller one', () => {
    const bad = Object.entries(summarise(scored)).filter(([key]) => key.startsWith('bad:'));
    const weak = bad.filter(([, row]) => row.right < (row.n >= 5 ? BUDGET.caughtShare : 1) * row.n).map(([key, row]) => `${key} ${row.right}/${row.n}`);
    expect(weak, failures((s) => s.entry.verdict === 'bad').join('\n')).toEqual([]);
  });
});
