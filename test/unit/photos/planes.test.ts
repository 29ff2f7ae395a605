import { describe, expect, it } from 'vitest';
import type { Raster } from '../../../src/photos/decode.ts';
import type { Box, Grey } from '../../../src/photos/document-region.ts';
import { measurePhoto, toPlanes } from '../../../src/photos/measure.ts';

// The analysis planes and the frame's numbers are computed in fused loops for speed: they must still be exactly what
// their definitions say, pixel by pixel, on odd sizes too (an odd last row or column has luma only).

/** A deterministic pseudo-random sequence (LCG). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Random RGB with runs of skin, grey and clipped pixels among the noise. */
function raster(width: number, height: number, seed: number): Raster {
  const next = random(seed);
  const data = Buffer.alloc(width * height * 3);
  for (let j = 0; j < data.length; j += 3) {
    const kind = Math.floor(next() * 4);
    const v = Math.floor(next() * 256);
    const rgb = kind === 0 ? [200, 140, 110] : kind === 1 ? [v, v, Math.min(255, v + 2)] : kind === 2 ? [252, 255, 251] : [v, Math.floor(next() * 256), Math.floor(next() * 256)];
    data.set(rgb, j);
  }
  return { data, width, height };
}

const lumaAt = (d: Buffer, i: number) => Math.floor((299 * d[3 * i]! + 587 * d[3 * i + 1]! + 114 * d[3 * i + 2]!) / 1000);
const opponentAt = (d: Buffer, i: number) => (d[3 * i]! - d[3 * i + 2]! + 256) >> 1;
const skinAt = (d: Buffer, i: number) => {
  const [R, G, B] = [d[3 * i]!, d[3 * i + 1]!, d[3 * i + 2]!];
  const spread = Math.max(R, G, B) - Math.min(R, G, B);
  return R > 95 && G > 40 && B > 20 && spread > 15 && R - G > 15 && R > B ? 255 : 0;
};

describe('analysis planes', () => {
  for (const [width, height] of [[9, 7], [10, 6], [1, 3], [4, 1]] as const) {
    it(`are luma per pixel and 2×2 means of luma, opponent and skin at ${width}×${height}`, () => {
      const r = raster(width, height, width * 31 + height);
      const { grey, half } = toPlanes(r);
      expect(Array.from(grey.data)).toEqual(Array.from({ length: width * height }, (_, i) => lumaAt(r.data, i)));
      const hw = width >> 1, hh = height >> 1;
      const mean = (at: (d: Buffer, i: number) => number) => Array.from({ length: hw * hh }, (_, o) => {
        const i = 2 * Math.floor(o / hw) * width + 2 * (o % hw);
        return (at(r.data, i) + at(r.data, i + 1) + at(r.data, i + width) + at(r.data, i + width + 1)) >> 2;
      });
      expect([half.grey.width, half.grey.height]).toEqual([hw, hh]);
      expect(Array.from(half.grey.data)).toEqual(mean(lumaAt));
      expect(Array.from(half.opponent.data)).toEqual(mean(opponentAt));
      expect(Array.from(half.skin.data)).toEqual(mean(skinAt));
    });
  }

  it.each([[41, 23], [40, 22]])('give the frame the same numbers as measuring the whole frame as the document (%i×%i)', (width, height) => {
    const r = raster(width, height, 5);
    const whole = { x0: 0, y0: 0, x1: width, y1: height };
    const { doc, frame, centreSharpness } = measurePhoto(r, toPlanes(r), whole, whole);
    expect(frame).toEqual({ lapVar: doc.lapVar, greyShare: doc.greyShare, meanLuma: doc.meanLuma, lumaVariance: doc.lumaVariance });
    expect(centreSharpness).toBe(doc.directionalSharpness);
    expect(frame.greyShare).toBeGreaterThan(0);
  });
});

/** The Laplacian statistics of one box, pixel by pixel, the frame's outermost pixels left out. */
function laplacianOf(g: Grey, box: Box): { lapVar: number; directionalSharpness: number } {
  const at = (x: number, y: number) => g.data[y * g.width + x]!;
  const lap: number[] = [], dxx: number[] = [], dyy: number[] = [];
  for (let y = Math.max(1, box.y0); y < Math.min(g.height - 1, box.y1); y++) {
    for (let x = Math.max(1, box.x0); x < Math.min(g.width - 1, box.x1); x++) {
      const xx = at(x - 1, y) + at(x + 1, y) - 2 * at(x, y), yy = at(x, y - 1) + at(x, y + 1) - 2 * at(x, y);
      dxx.push(xx); dyy.push(yy); lap.push(xx + yy);
    }
  }
  const variance = (v: number[]) => (v.length > 1 ? v.reduce((s, a) => s + a * a, 0) / v.length - (v.reduce((s, a) => s + a, 0) / v.length) ** 2 : 0);
  return { lapVar: variance(lap), directionalSharpness: Math.min(variance(dxx), variance(dyy)) };
}

describe('sharpness of overlapping boxes in one pass', () => {
  it('gives each box what measuring it alone gives', () => {
    const r = raster(60, 44, 9);
    const planes = toPlanes(r);
    const doc = { x0: 7, y0: 3, x1: 50, y1: 30 }, centre = { x0: 0, y0: 20, x1: 33, y1: 44 };
    const { doc: inDoc, frame, centreSharpness } = measurePhoto(r, planes, doc, centre);
    const expected = laplacianOf(planes.grey, doc);
    expect(inDoc.lapVar).toBeCloseTo(expected.lapVar, 9);
    expect(inDoc.directionalSharpness).toBeCloseTo(expected.directionalSharpness, 9);
    expect(centreSharpness).toBeCloseTo(laplacianOf(planes.grey, centre).directionalSharpness, 9);
    expect(frame.lapVar).toBeCloseTo(laplacianOf(planes.grey, { x0: 0, y0: 0, x1: 60, y1: 44 }).lapVar, 9);
  });
});
