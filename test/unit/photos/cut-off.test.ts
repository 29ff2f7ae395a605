import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Raster } from '../../../src/photos/decode.ts';
import { findDocument } from '../../../src/photos/document-region.ts';
import { inspectDocumentPhoto } from '../../../src/photos/inspect.ts';
import { toPlanes } from '../../../src/photos/measure.ts';
import { countCutPrint } from '../../../src/photos/print-at-edge.ts';
import type { PhotoReport } from '../../../src/photos/types.ts';

// Documents that run off the frame without their outline showing it, and their good twins lying inside the frame:
// a page filling the picture (print on paper, no edge anywhere: a logo on a box side), and a close crop of a card's
// text (the first character of each line cut by the frame edge). Each comes in several variants (tint, light fall-off,
// size, print colour), drawn pixel by pixel from fixed seeds: nothing depends on fonts or the machine.

type Colour = [number, number, number];
type Paint = (x: number, y: number) => Colour | undefined;

/** A deterministic pseudo-random sequence (LCG). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Paints layers bottom to top: the first layer that returns a colour at a pixel wins. */
function picture(width: number, height: number, layers: Paint[]): Raster {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let c: Colour = [0, 0, 0];
      for (const layer of layers) {
        const hit = layer(x, y);
        if (hit) { c = hit; break; }
      }
      data.set(c.map((v) => Math.max(0, Math.min(255, Math.round(v)))), (y * width + x) * 3);
    }
  }
  return { data, width, height };
}

/** Paper with light falling off towards the frame's corners (`falloff` 0: even light) and a faint grain of ±2 levels. */
function paper(tint: Colour, width: number, height: number, falloff: number, seed: number): Paint {
  const next = random(seed);
  const grain = Float32Array.from({ length: 64 * 64 }, () => (next() - 0.5) * 4);
  return (x, y) => {
    const r = Math.hypot(x / width - 0.5, y / height - 0.5) / Math.SQRT1_2;
    const k = 1 - falloff * r * r;
    const g = grain[(y % 64) * 64 + (x % 64)]!;
    return [tint[0] * k + g, tint[1] * k + g, tint[2] * k + g];
  };
}

/** A character: two or three bars across joined by a bar down its right side, sometimes one down its left (strokes cover about 40 % of it). */
function glyph(seed: number, size: number): (dx: number, dy: number) => boolean {
  const next = random(seed);
  const t = Math.max(2, Math.round(size / 9));
  const rows = [0, 0.45, 1].filter((_, i) => i === 1 || next() < 0.7).map((f) => Math.round(f * (size - t)));
  const cols = [0.1, 0.8].filter((_, i) => i === 1 || next() < 0.6).map((f) => Math.round(f * (size - t)));
  return (dx, dy) => dx >= 0 && dy >= 0 && dx < size && dy < size && (rows.some((r) => dy >= r && dy < r + t) || cols.some((c) => dx >= c && dx < c + t));
}

/** Lines of characters of `size` px starting at `x0` (which may be left of the frame: the first character is cut). */
function textBlock(x0: number, y0: number, lines: number, perLine: number, size: number, ink: Colour, seed: number): Paint {
  const pitch = Math.round(size * 1.25), lead = Math.round(size * 1.8);
  const glyphs = Array.from({ length: lines * perLine }, (_, i) => glyph(seed + i, size));
  return (x, y) => {
    const line = Math.floor((y - y0) / lead), column = Math.floor((x - x0) / pitch);
    if (y < y0 || x < x0 || line >= lines || column >= perLine) return undefined;
    return glyphs[line * perLine + column]!(x - x0 - column * pitch, y - y0 - line * lead) ? ink : undefined;
  };
}

/** A logo: a thick swoosh, a ring of `radius` around (cx, cy) open on its right. */
function logo(cx: number, cy: number, radius: number, ink: Colour): Paint {
  return (x, y) => (Math.abs(Math.hypot(x - cx, y - cy) - radius) < radius * 0.07 && Math.abs(Math.atan2(y - cy, x - cx)) > 0.8 ? ink : undefined);
}

/** An ID card's background print: fine pale wavy lines over the whole card. */
function guilloche(line: Colour): Paint {
  return (x, y) => (Math.abs(Math.sin(x / 9 + 3 * Math.sin(y / 37))) < 0.12 ? line : undefined);
}

/** Restricts a layer to a rectangle (a card lying on a desk). */
function within(x0: number, y0: number, x1: number, y1: number, paint: Paint): Paint {
  return (x, y) => (x >= x0 && x < x1 && y >= y0 && y < y1 ? paint(x, y) : undefined);
}

const jpeg = (r: Raster) => sharp(Buffer.from(r.data), { raw: { width: r.width, height: r.height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
const regionOf = (r: Raster) => { const { half } = toPlanes(r); return findDocument(half.grey, half.opponent, half.skin); };
const cropped = (r: PhotoReport) => r.problems.find((p) => p.code === 'cropped');

const W = 1200, H = 900;
/** Variants of one kind of picture: paper tint, light fall-off, print colour, character size. */
const VARIANTS = [
  { seed: 1, tint: [204, 201, 210] as Colour, falloff: 0.3, ink: [38, 52, 150] as Colour, size: 46 },
  { seed: 2, tint: [228, 226, 220] as Colour, falloff: 0.15, ink: [30, 30, 34] as Colour, size: 40 },
  { seed: 3, tint: [214, 220, 226] as Colour, falloff: 0.35, ink: [60, 28, 30] as Colour, size: 54 },
];

/** A box side filling the frame: a logo and lines of text on paper that runs past every edge. */
const fillingTheFrame = (v: (typeof VARIANTS)[number]) => picture(W, H, [
  logo(W * 0.45, H * 0.45, H * 0.25, v.ink),
  textBlock(W * 0.62, H * 0.3, 4, 4, v.size * 0.6, v.ink, v.seed),
  paper(v.tint, W, H, v.falloff, v.seed),
]);
/** The same print on a pale card on a white desk: the card's edge is a step of a few levels only. */
const paleCardOnDesk = (v: (typeof VARIANTS)[number]) => picture(W, H, [
  logo(W * 0.45, H * 0.45, H * 0.25, v.ink),
  textBlock(W * 0.62, H * 0.3, 4, 4, v.size * 0.6, v.ink, v.seed),
  within(W * 0.2, H * 0.12, W * 0.8, H * 0.85, paper(v.tint.map((c) => c + 12) as Colour, W, H, v.falloff, v.seed)),
  paper(v.tint, W, H, v.falloff, v.seed + 100),
]);
/** A close crop of a card's text: its first character on every line cut by the left edge, on a guilloche background. */
const textCropLeft = (v: (typeof VARIANTS)[number]) => picture(W, H, [
  textBlock(-Math.round(v.size * 0.25), H * 0.1, 5, 9, v.size, v.ink, v.seed),
  guilloche([232, 178, 186]),
  paper(v.tint.map((c) => Math.min(255, c + 20)) as Colour, W, H, v.falloff / 3, v.seed),
]);
/** The whole card with the same print, lying on a dark desk. */
const cardOnDarkDesk = (v: (typeof VARIANTS)[number]) => picture(W, H, [
  within(W * 0.12, H * 0.1, W * 0.88, H * 0.9, textBlock(W * 0.12 + 40, H * 0.1 + 40, 5, 9, v.size * 0.8, v.ink, v.seed)),
  within(W * 0.12, H * 0.1, W * 0.88, H * 0.9, guilloche([232, 178, 186])),
  within(W * 0.12, H * 0.1, W * 0.88, H * 0.9, paper(v.tint.map((c) => Math.min(255, c + 20)) as Colour, W, H, v.falloff / 3, v.seed)),
  () => [48, 38, 30],
]);

describe('a page filling the frame: print on paper that no edge closes', () => {
  it.each(VARIANTS)('is refused as filling the frame, far past the line (variant $seed)', async (v) => {
    const scene = fillingTheFrame(v);
    expect(regionOf(scene).openShare).toBeGreaterThan(0.35);
    const problem = cropped(await inspectDocumentPhoto(await jpeg(scene)));
    expect(problem?.severity).toBe('error');
    expect(problem?.message.en).toMatch(/fills the whole photo/);
    expect(problem?.message.zh).toMatch(/占满/);
  });

  it.each(VARIANTS)('keeps the same print on a pale card on a white desk, its faint edge closing the outline (variant $seed)', async (v) => {
    const scene = paleCardOnDesk(v);
    expect(regionOf(scene).openShare).toBeLessThan(0.08);
    const report = await inspectDocumentPhoto(await jpeg(scene));
    expect(cropped(report)?.severity).not.toBe('error');
  });
});

describe('a close crop of a card\'s text: characters cut by the frame edge', () => {
  it.each(VARIANTS)('counts each line\'s cut character on the left side only (variant $seed)', (v) => {
    const cut = countCutPrint(toPlanes(textCropLeft(v)).grey);
    expect(cut.left).toBeGreaterThanOrEqual(5);
    expect(Math.max(cut.top, cut.bottom, cut.right)).toBe(0);
  });

  it.each(VARIANTS)('is refused, saying the left edge is outside the photo (variant $seed)', async (v) => {
    const problem = cropped(await inspectDocumentPhoto(await jpeg(textCropLeft(v))));
    expect(problem?.severity).toBe('error');
    expect(problem?.message.en).toMatch(/^The left edge of the document is outside the photo\. Step back a little/);
    expect(problem?.message.zh).toMatch(/^证件的左边超出了照片/);
  });

  it.each(VARIANTS)('keeps the whole card lying on a dark desk: no print at the frame edge (variant $seed)', async (v) => {
    const scene = cardOnDarkDesk(v);
    expect(countCutPrint(toPlanes(scene).grey)).toEqual({ top: 0, bottom: 0, left: 0, right: 0 });
    expect((await inspectDocumentPhoto(await jpeg(scene))).ok).toBe(true);
  });
});
