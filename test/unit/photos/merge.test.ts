import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectDocumentPhoto } from '../../../src/photos/inspect.ts';
import { mergeFrontBack } from '../../../src/photos/merge.ts';
import { ALIBABA_API_LIMITS } from '../../../src/photos/types.ts';
import { shoot } from '../../fixtures/photos/scene.ts';

let front: Buffer;
let back: Buffer;
beforeAll(async () => {
  const [a, b] = await Promise.all([
    shoot({ width: 2400, height: 1800, cardWidth: 1500 }),
    shoot({ width: 1600, height: 1200, cardWidth: 1000, tint: '#f5e7c8' }),
  ]);
  front = (await inspectDocumentPhoto(a!, {})).output!.bytes;
  back = (await inspectDocumentPhoto(b!, {})).output!.bytes;
});

describe('mergeFrontBack', () => {
  it('stacks both sides at a common width with a white gap, within the seed limit', async () => {
    const r = await mergeFrontBack(front, back);
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual([]);
    expect([r.width, r.height]).toEqual([1600, 1200 + 40 + 1200]);
    const meta = await sharp(r.output!.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1600, 2440]);
    expect(r.output!.bytes.length).toBeLessThan(5_000_000);
  });

  it('puts them side by side at a common height', async () => {
    const r = await mergeFrontBack(front, back, { layout: 'side-by-side' });
    expect([r.output?.width, r.output?.height]).toEqual([1600 + 40 + 1600, 1200]);
  });

  it('fits the Alibaba API limits (55 KB – 1 MB)', async () => {
    const r = await mergeFrontBack(front, back, { limits: ALIBABA_API_LIMITS });
    expect(r.ok).toBe(true);
    expect(r.output!.bytes.length).toBeLessThanOrEqual(ALIBABA_API_LIMITS.maxBytes);
    expect(r.output!.bytes.length).toBeGreaterThanOrEqual(ALIBABA_API_LIMITS.minBytes);
  });

  it('answers a broken side instead of throwing', async () => {
    const r = await mergeFrontBack(front, Buffer.from('%PDF-1.4\n'));
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.code)).toEqual(['unsupported_format']);
  });
});
