import { beforeAll, describe, expect, it } from 'vitest';
import { createPhotoInspector } from '../../../src/photos/inspector.ts';
import { calibrationDir } from '../../../scripts/photo-calibration/manifest.ts';
import { scoreSet, summarise, type Scored } from '../../../scripts/photo-calibration/score.ts';

// Real public photographs judged by a person (scripts/photo-calibration/manifest.tsv). They are never committed:
// scripts/photo-calibration/build.ts fetches them, so without network (CI) this suite is skipped as a whole.
const dir = calibrationDir();
// The issue's budget is at most 5 % of good photos wrongly rejected and 90 % of bad ones caught per category; measured
// on 2026-12-03 the checks are not there yet (3 of 9 good cards and pages rejected as cropped because a textured desk
// joins the outline to the frame edge; 3 of 6 cut-off documents accepted). These floors keep what is reached from
// slipping back; raise them with the checks.
const FLOOR = { goodRejected: 3, caughtShare: { 'bad:cropped': 0.5, 'bad:blurry': 1, 'bad:glare': 1 } as Record<string, number> };

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

  it('wrongly rejects no more good photos than the recorded floor', () => {
    const { n, right } = summarise(scored).good ?? { n: 0, right: 0 };
    expect(n - right, failures((s) => s.entry.verdict === 'good').join('\n')).toBeLessThanOrEqual(FLOOR.goodRejected);
  });

  it('catches at least the recorded share of bad photos in every category', () => {
    const weak = Object.entries(summarise(scored)).filter(([key, row]) => key in FLOOR.caughtShare && row.right < FLOOR.caughtShare[key]! * row.n);
    expect(weak, failures((s) => s.entry.verdict === 'bad').join('\n')).toEqual([]);
  });
});
