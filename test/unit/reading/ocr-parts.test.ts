import { describe, expect, it } from 'vitest';
import { decodeCtc } from '../../../src/photos/read/ctc-decode.ts';
import { rotateRaster } from '../../../src/photos/read/raster.ts';
import { findTextBoxes, runDown, type TextBox } from '../../../src/photos/read/text-boxes.ts';

describe('findTextBoxes (DB post-processing)', () => {
  it('finds one box per line, top to bottom, grown by the unclip distance and scaled', () => {
    const [w, h] = [64, 32];
    const prob = new Float32Array(w * h);
    const fill = (x0: number, y0: number, x1: number, y1: number) => { for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) prob[y * w + x] = 0.9; };
    fill(10, 20, 50, 26);
    fill(4, 4, 30, 10);
    fill(60, 0, 61, 1);  // a speck: too small to be text
    const boxes = findTextBoxes(prob, w, h, 2);
    expect(boxes).toHaveLength(2);
    const [first, second] = boxes;
    expect(first!.y).toBeLessThan(second!.y);
    expect(first!.x).toBeLessThan(8 * 2);  // the upper line starts at x = 4 (before growing), the lower at 10
    expect(first!.score).toBeCloseTo(0.9, 5);
    expect(first!.line.ux).toBeCloseTo(1, 5);
    // 26 × 6 px grows by 26·6·1.5 / (2·32) ≈ 3.7 px on each side, then doubles with the scale.
    expect(first!.line.length).toBeCloseTo((26 + 2 * ((26 * 6 * 1.5) / 64)) * 2, 3);
  });

  it('follows a tilted line along its own direction', () => {
    const [w, h] = [100, 60];
    const prob = new Float32Array(w * h);
    for (let x = 10; x < 90; x++) for (let t = 0; t < 6; t++) prob[(20 + Math.round(x * 0.1) + t) * w + x] = 0.95;
    const [box] = findTextBoxes(prob, w, h, 1);
    expect(Math.atan2(box!.line.uy, box!.line.ux)).toBeCloseTo(Math.atan(0.1), 1);
  });
});

describe('decodeCtc', () => {
  it('collapses repeats, drops blanks and keeps a repeat separated by a blank', () => {
    const alphabet = ['a', 'b'];
    const steps = [[0.1, 0.8, 0.1], [0.1, 0.8, 0.1], [0.9, 0.05, 0.05], [0.1, 0.8, 0.1], [0.1, 0.1, 0.8]];
    expect(decodeCtc(Float32Array.from(steps.flat()), steps.length, 3, alphabet)).toEqual({ text: 'aab', confidence: expect.closeTo(0.8, 5) });
  });
});

describe('rotateRaster', () => {
  it('turns a 2 × 1 raster clockwise', () => {
    const image = { data: Uint8Array.from([1, 1, 1, 2, 2, 2]), width: 2, height: 1 };
    expect(rotateRaster(image, 90)).toEqual({ data: Uint8Array.from([1, 1, 1, 2, 2, 2]), width: 1, height: 2 });
    expect(rotateRaster(image, 180).data).toEqual(Uint8Array.from([2, 2, 2, 1, 1, 1]));
    expect(rotateRaster(image, 270).data).toEqual(Uint8Array.from([2, 2, 2, 1, 1, 1]));
  });
});

describe('runDown (a page turned a quarter)', () => {
  const box = (width: number, height: number): TextBox => ({ x: 0, y: 0, width, height, score: 0.9, line: { cx: 0, cy: 0, ux: 1, uy: 0, length: width, thickness: height } });

  it('is true when most lines are twice as tall as wide, false for lines across and for a lone tall box', () => {
    expect(runDown([box(30, 300), box(28, 260), box(30, 30), box(26, 400)])).toBe(true);
    expect(runDown([box(300, 30), box(260, 28), box(30, 300), box(400, 26)])).toBe(false);
    expect(runDown([box(30, 300), box(28, 260)])).toBe(false);
  });
});
