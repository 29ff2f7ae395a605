import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Raster } from '../../../src/photos/decode.ts';
import { findDocument } from '../../../src/photos/document-region.ts';
import { readBorder } from '../../../src/photos/frame-border.ts';
import { inspectDocumentPhoto } from '../../../src/photos/inspect.ts';
import { toPlanes } from '../../../src/photos/measure.ts';
import type { PhotoReport } from '../../../src/photos/types.ts';

// Whether a document is cut off by the frame, on the surfaces real photos show: a page whose edge runs just inside the
// frame, a grained (granite-like) surface whose texture reaches the frame edge, a page that really runs off it.
// Pictures are drawn pixel by pixel from fixed seeds: nothing depends on fonts or the machine.

type Colour = [number, number, number];
type Page = { x0: number; y0: number; x1: number; y1: number };

/** A deterministic pseudo-random sequence (LCG), so the "granite" is the same on every machine. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** A light page with dark text lines inside `page`, on a surface given per pixel. */
function scene(width: number, height: number, page: Page, surface: (x: number, y: number) => Colour): Raster {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const onPage = x >= page.x0 && x < page.x1 && y >= page.y0 && y < page.y1;
      const line = onPage && (y - page.y0) % 24 < 4 && x > page.x0 + 30 && x < page.x1 - 30 && y > page.y0 + 30 && y < page.y1 - 30;
      const c: Colour = line ? [40, 40, 45] : onPage ? [236, 234, 228] : surface(x, y);
      data.set(c, (y * width + x) * 3);
    }
  }
  return { data, width, height };
}

const darkDesk = (): Colour => [52, 40, 32];
/** A speckled stone top: mid grey-pink with light and dark grains a few pixels across, as a granite counter. */
function granite(seed: number, size = 4): (x: number, y: number) => Colour {
  const next = random(seed);
  const grain = new Float32Array(400 * 400).map(() => next());
  return (x, y) => {
    const g = grain[Math.floor(y / size) * 400 + Math.floor(x / size)]!;
    const v = g < 0.2 ? 105 : g > 0.8 ? 165 : 135;
    return [v + 12, v, v - 6];
  };
}

const regionOf = (r: Raster) => { const { half } = toPlanes(r); return findDocument(half.grey, half.opponent, half.skin); };
const borderOf = (r: Raster, box: Page) => readBorder(r, toPlanes(r).grey, box);
const jpeg = (r: Raster) => sharp(Buffer.from(r.data), { raw: { width: r.width, height: r.height, channels: 3 } }).jpeg({ quality: 92 }).toBuffer();
const cropped = (r: PhotoReport) => r.problems.find((p) => p.code === 'cropped')?.severity;

describe('frame border colours', () => {
  it('finds no paper along the border when the page lies wholly inside the frame, however close', () => {
    const facts = borderOf(scene(1000, 750, { x0: 8, y0: 60, x1: 700, y1: 700 }, darkDesk), { x0: 8, y0: 60, x1: 700, y1: 700 });
    expect(facts.paperRun).toBe(0);
    expect(facts.contrast).toBeGreaterThan(250);
  });

  it('finds a long stretch of paper along the side a page runs off', () => {
    const facts = borderOf(scene(1000, 750, { x0: 300, y0: 100, x1: 1000, y1: 650 }, darkDesk), { x0: 300, y0: 100, x1: 999, y1: 650 });
    expect(facts.paperRun).toBeGreaterThan(0.5);
  });
});

describe('document outline against the frame edge', () => {
  it('does not count a page edge running 1.6 % inside the frame as touching it', () => {
    expect(regionOf(scene(1000, 750, { x0: 16, y0: 60, x1: 700, y1: 700 }, darkDesk)).touchesEdge).toBe(false);
  });

  it('keeps a grained surface from joining the outline to the frame edge', () => {
    const region = regionOf(scene(1000, 750, { x0: 120, y0: 100, x1: 880, y1: 650 }, granite(7)));
    expect(region.touchesEdge).toBe(false);
    // The outline is the card's, give or take a few grains at its rim (half-size pixels: the card spans 60–440 × 50–325
    // of 500 × 375), not the stone's.
    const { x0, y0, x1, y1 } = region.box!;
    expect(Math.min(x0, y0, 500 - x1, 375 - y1)).toBeGreaterThan(25);
  });

  it('still sees a page on the grained surface run off the frame', () => {
    expect(regionOf(scene(1000, 750, { x0: 400, y0: 100, x1: 1000, y1: 650 }, granite(7))).touchesEdge).toBe(true);
  });
});

describe('cropped verdicts', () => {
  it('accepts a page whose edge runs 6 pixels inside the frame on a dark desk: only desk lies along the edge', async () => {
    const page = scene(1000, 750, { x0: 6, y0: 60, x1: 700, y1: 700 }, darkDesk);
    expect(regionOf(page).touchesEdge).toBe(true);
    expect(cropped(await inspectDocumentPhoto(await jpeg(page)))).toBe('warning');
  });

  it('refuses the same page 2 pixels further out, where its paper reaches the frame edge', async () => {
    expect(cropped(await inspectDocumentPhoto(await jpeg(scene(1000, 750, { x0: -2, y0: 60, x1: 700, y1: 700 }, darkDesk))))).toBe('error');
  });

  it('accepts a card on a granite-like top', async () => {
    const report = await inspectDocumentPhoto(await jpeg(scene(1000, 750, { x0: 120, y0: 100, x1: 880, y1: 650 }, granite(11))));
    expect(cropped(report)).not.toBe('error');
  });

  it('refuses a page that runs off the frame, on either surface', async () => {
    for (const surface of [darkDesk, granite(11)]) {
      const report = await inspectDocumentPhoto(await jpeg(scene(1000, 750, { x0: 400, y0: 100, x1: 1000, y1: 650 }, surface)));
      expect(cropped(report)).toBe('error');
    }
  });
});
