import { describe, expect, it } from 'vitest';
import type { Raster } from '../../../src/photos/decode.ts';
import { measureFrame, measureRegion, toPlanes } from '../../../src/photos/measure.ts';

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

  it.each([[41, 23], [40, 22]])('give the frame the same numbers as measuring the whole frame as a region (%i×%i)', (width, height) => {
    const r = raster(width, height, 5);
    const planes = toPlanes(r);
    const whole = measureRegion(r, planes.grey, { x0: 0, y0: 0, x1: r.width, y1: r.height });
    const frame = measureFrame(planes);
    expect(frame).toEqual({ lapVar: whole.lapVar, greyShare: whole.greyShare, meanLuma: whole.meanLuma, lumaVariance: whole.lumaVariance });
    expect(frame.greyShare).toBeGreaterThan(0);
  });
});
