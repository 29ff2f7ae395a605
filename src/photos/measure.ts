import type { Raster } from './decode.ts';
import type { Box, Grey } from './document-region.ts';
import { fillRuns } from './flood-fill.ts';
import { Scratch } from './scratch.ts';

/** Numbers measured inside one region of the analysis raster. */
export type RegionStats = {
  /** Variance of the 4-neighbour Laplacian: high for sharp text. */
  lapVar: number;
  /** The weaker of the horizontal and vertical second-derivative variances: motion blur kills one direction. */
  directionalSharpness: number;
  /** Hasler–Süsstrunk colourfulness: 0 for grey, about 30 for a colour card. */
  colourfulness: number;
  /** Share of pixels whose channels differ by at most 3 (true grey). */
  greyShare: number;
  /** Share of clearly saturated pixels (seals, guilloche, photos). */
  saturatedShare: number;
  /** Share of clipped pixels (all channels ≥ 250). */
  clippedShare: number;
  /** Largest connected clipped blob as a share of the region. */
  clippedBlobShare: number;
  meanLuma: number;
  /** 75th percentile of luma: the level of the paper itself (a glare patch would have to cover a quarter of the document to move it). */
  paperLuma: number;
  /** 10th percentile of luma: the level of the print (text, photo); washed out when even this is light. */
  inkLuma: number;
  /** Variance of luma: near 0 for a blank frame. */
  lumaVariance: number;
};

/**
 * The planes the checks read: luma at analysis size, and luma, blue–yellow opponent and skin at half size (the outline
 * search); with the frame's luma histogram and its count of grey pixels, gathered while each pixel is at hand.
 */
export type AnalysisPlanes = { grey: Grey; half: { grey: Grey; opponent: Grey; skin: Grey }; lumaHistogram: Uint32Array; greyPixels: number };

/**
 * Computes every plane in one pass over the raster, two rows at a time, so each RGB pixel is read once:
 * luma (BT.601); the opponent plane ((R − B) / 2 + 128), which finds a light card on a light desk when luma cannot;
 * skin (255) by the Kovač RGB rule, for telling a hand holding the document from the document. The half-size planes
 * are 2×2 averages of the full-size ones, dropping an odd last row or column. Grey pixels are those whose channels
 * differ by at most 3. The planes are `scratch` memory: valid until it is released.
 */
export function toPlanes(r: Raster, scratch = new Scratch()): AnalysisPlanes {
  const { width: w, height: h, data: d } = r;
  const grey = scratch.u8(w * h), histogram = new Uint32Array(256);
  const hw = w >> 1, hh = h >> 1;
  const halfGrey = scratch.u8(hw * hh), opponent = scratch.u8(hw * hh), skin = scratch.u8(hw * hh);
  let greyPixels = 0;
  // Each RGB byte is read once, into locals: the per-pixel helpers that re-read the raster cost more than the arithmetic.
  for (let hy = 0; hy < hh; hy++) {
    const i0 = 2 * hy * w, i1 = i0 + w;
    for (let hx = 0, o = hy * hw; hx < hw; hx++, o++) {
      const a = i0 + 2 * hx, b = i1 + 2 * hx, ja = a * 3, jb = b * 3;
      const r00 = d[ja]!, g00 = d[ja + 1]!, b00 = d[ja + 2]!, r01 = d[ja + 3]!, g01 = d[ja + 4]!, b01 = d[ja + 5]!;
      const r10 = d[jb]!, g10 = d[jb + 1]!, b10 = d[jb + 2]!, r11 = d[jb + 3]!, g11 = d[jb + 4]!, b11 = d[jb + 5]!;
      const l00 = lumaOf(r00, g00, b00), l01 = lumaOf(r01, g01, b01), l10 = lumaOf(r10, g10, b10), l11 = lumaOf(r11, g11, b11);
      grey[a] = l00; grey[a + 1] = l01; grey[b] = l10; grey[b + 1] = l11;
      histogram[l00]!++; histogram[l01]!++; histogram[l10]!++; histogram[l11]!++;
      halfGrey[o] = (l00 + l01 + l10 + l11) >> 2;
      opponent[o] = ((r00 - b00 + 256) >> 1) + ((r01 - b01 + 256) >> 1) + ((r10 - b10 + 256) >> 1) + ((r11 - b11 + 256) >> 1) >> 2;
      const k00 = kindOf(r00, g00, b00), k01 = kindOf(r01, g01, b01), k10 = kindOf(r10, g10, b10), k11 = kindOf(r11, g11, b11);
      skin[o] = ((k00 & SKIN) + (k01 & SKIN) + (k10 & SKIN) + (k11 & SKIN)) * 255 >> 2;
      greyPixels += (k00 >> 1) + (k01 >> 1) + (k10 >> 1) + (k11 >> 1);
    }
  }
  // An odd last column or row has luma only (and counts towards the frame's histogram and grey pixels).
  const lone = (i: number) => {
    const j = i * 3, R = d[j]!, G = d[j + 1]!, B = d[j + 2]!, l = lumaOf(R, G, B);
    grey[i] = l; histogram[l]!++; greyPixels += kindOf(R, G, B) >> 1;
  };
  if (w & 1) for (let y = 0; y < 2 * hh; y++) lone(y * w + w - 1);
  if (h & 1) for (let i = (h - 1) * w; i < h * w; i++) lone(i);
  const half = (data: Uint8Array): Grey => ({ data, width: hw, height: hh });
  return { grey: { data: grey, width: w, height: h }, half: { grey: half(halfGrey), opponent: half(opponent), skin: half(skin) }, lumaHistogram: histogram, greyPixels };
}

function lumaOf(R: number, G: number, B: number): number {
  return ((299 * R + 587 * G + 114 * B) / 1000) | 0;
}

const SKIN = 1, GREY = 2;

/** SKIN by the Kovač RGB rule, plus GREY when the channels differ by at most 3. */
function kindOf(R: number, G: number, B: number): number {
  const max = R > G ? (R > B ? R : B) : G > B ? G : B;
  const min = R < G ? (R < B ? R : B) : G < B ? G : B;
  const skin = R > 95 && G > 40 && B > 20 && max - min > 15 && R - G > 15 && R > B ? SKIN : 0;
  return max - min <= 3 ? skin | GREY : skin;
}

/** What the checks read of the whole frame: its texture, how much of it is grey, and its luma. */
export type FrameStats = Pick<RegionStats, 'lapVar' | 'greyShare' | 'meanLuma' | 'lumaVariance'>;

/** What one photo's checks read: the document box's numbers, the frame's, and the weaker-direction sharpness of the centre box. */
export type Measurements = { doc: RegionStats; frame: FrameStats; centreSharpness: number };

/**
 * Measures sharpness, colour, clipping and brightness inside the document box `doc`, the frame's `FrameStats`, and the
 * sharpness of `centre` (analysis pixels). The three boxes share one pass of the Laplacian; working arrays come from `scratch`.
 */
export function measurePhoto(rgb: Raster, planes: AnalysisPlanes, doc: Box, centre: Box, scratch = new Scratch()): Measurements {
  const { grey } = planes;
  const [inDoc, inFrame, inCentre] = sharpnessIn(grey, [doc, { x0: 0, y0: 0, x1: grey.width, y1: grey.height }, centre]);
  const { meanLuma, lumaVariance } = lumaStats(planes.lumaHistogram);
  return {
    doc: { ...inDoc!, ...colourAndClipping(rgb, doc, scratch), ...luma(grey, doc) },
    frame: { lapVar: inFrame!.lapVar, greyShare: planes.greyPixels / Math.max(1, grey.width * grey.height), meanLuma, lumaVariance },
    centreSharpness: inCentre!.directionalSharpness,
  };
}

type Sharpness = Pick<RegionStats, 'lapVar' | 'directionalSharpness'>;

/**
 * Laplacian statistics of several boxes in one pass over the rows: each row is cut where a box starts or ends, and
 * each piece's sums go to every box that holds it. Integer sums: exact in any order, so the variances do not depend
 * on how the pieces fall.
 */
function sharpnessIn(g: Grey, boxes: readonly Box[]): Sharpness[] {
  const w = g.width, h = g.height, p = g.data;
  const clipped = boxes.map((b) => ({ x0: Math.max(1, b.x0), x1: Math.min(w - 1, b.x1), y0: Math.max(1, b.y0), y1: Math.min(h - 1, b.y1) }));
  const cuts = [...new Set(clipped.flatMap((b) => (b.x1 > b.x0 ? [b.x0, b.x1] : [])))].sort((a, b) => a - b);
  // Per box: Σlap, Σlap², Σdxx, Σdxx², Σdyy, Σdyy².
  const sums = clipped.map(() => new Float64Array(6));
  for (let y = 1; y < h - 1; y++) {
    for (let k = 0; k + 1 < cuts.length; k++) {
      const a = cuts[k]!, b = cuts[k + 1]!;
      const holders = clipped.flatMap((c, q) => (y >= c.y0 && y < c.y1 && a >= c.x0 && b <= c.x1 ? [sums[q]!] : []));
      if (!holders.length) continue;
      let sl = 0, sl2 = 0, sx = 0, sx2 = 0, sy = 0, sy2 = 0;
      for (let i = y * w + a, end = y * w + b; i < end; i++) {
        const c = 2 * p[i]!;
        const dxx = p[i - 1]! + p[i + 1]! - c;
        const dyy = p[i - w]! + p[i + w]! - c;
        const lap = dxx + dyy;
        sl += lap; sl2 += lap * lap; sx += dxx; sx2 += dxx * dxx; sy += dyy; sy2 += dyy * dyy;
      }
      for (const s of holders) { s[0] = s[0]! + sl; s[1] = s[1]! + sl2; s[2] = s[2]! + sx; s[3] = s[3]! + sx2; s[4] = s[4]! + sy; s[5] = s[5]! + sy2; }
    }
  }
  return clipped.map((c, q) => {
    const n = c.x1 > c.x0 && c.y1 > c.y0 ? (c.x1 - c.x0) * (c.y1 - c.y0) : 0;
    const s = sums[q]!;
    const v = (sum: number, sum2: number) => (n > 1 ? sum2 / n - (sum / n) ** 2 : 0);
    return { lapVar: v(s[0]!, s[1]!), directionalSharpness: Math.min(v(s[2]!, s[3]!), v(s[4]!, s[5]!)) };
  });
}

/** Colour statistics and clipped pixels in one pass over the box's RGB. */
function colourAndClipping(r: Raster, box: Box, scratch: Scratch): Pick<RegionStats, 'colourfulness' | 'greyShare' | 'saturatedShare' | 'clippedShare' | 'clippedBlobShare'> {
  const bw = Math.max(0, box.x1 - box.x0), bh = Math.max(0, box.y1 - box.y0);
  const mask = scratch.u8(bw * bh);
  const d = r.data, rowBytes = r.width * 3;
  // rg and 2·yb are integers, so these sums are exact whatever the order (yb itself is a multiple of ½).
  let grey = 0, saturated = 0, clipped = 0, a = 0, a2 = 0, b2x = 0, b2x2 = 0;
  for (let y = box.y0, m = 0; y < box.y1; y++) {
    for (let j = y * rowBytes + box.x0 * 3, end = j + bw * 3; j < end; j += 3, m++) {
      const R = d[j]!, G = d[j + 1]!, B = d[j + 2]!;
      const rg = R - G, yb2 = R + G - 2 * B;
      a += rg; a2 += rg * rg; b2x += yb2; b2x2 += yb2 * yb2;
      const max = R > G ? (R > B ? R : B) : G > B ? G : B;
      const min = R < G ? (R < B ? R : B) : G < B ? G : B;
      if (max - min <= 3) grey++;
      // (max − min) / max > 0.45, in integers.
      else if (max > 60 && 20 * (max - min) > 9 * max) saturated++;
      if (min >= 250) { mask[m] = 1; clipped++; }
    }
  }
  const n = bw * bh, k = Math.max(1, n);
  const b = b2x / 2, b2 = b2x2 / 4;
  const spread = Math.sqrt(Math.max(0, a2 / k - (a / k) ** 2) + Math.max(0, b2 / k - (b / k) ** 2));
  return {
    colourfulness: spread + 0.3 * Math.hypot(a / k, b / k), greyShare: grey / k, saturatedShare: saturated / k,
    clippedShare: clipped / k, clippedBlobShare: clipped ? largestBlob(mask, bw, bh, scratch.i32(clipped)) / k : 0,
  };
}

/** The largest 4-connected blob of the mask's set pixels (taking them out of it); `stack` needs room for as many as are set. */
function largestBlob(mask: Uint8Array, w: number, h: number, stack: Int32Array): number {
  let best = 0, size = 0;
  const count = (from: number, to: number) => { size += to - from; };
  for (let s = 0; s < mask.length; s++) {
    if (!mask[s]) continue;
    mask[s] = 0;
    stack[0] = s;
    size = 0;
    fillRuns(mask, w, h, stack, 1, count);
    best = Math.max(best, size);
  }
  return best;
}

function luma(g: Grey, box: Box): Pick<RegionStats, 'meanLuma' | 'paperLuma' | 'inkLuma' | 'lumaVariance'> {
  const histogram = new Uint32Array(256);
  const p = g.data, bw = Math.max(0, box.x1 - box.x0);
  for (let y = box.y0; y < box.y1; y++) for (let i = y * g.width + box.x0, end = i + bw; i < end; i++) histogram[p[i]!]!++;
  return lumaStats(histogram);
}

/** Mean, spread and the paper and ink levels of a luma histogram. */
function lumaStats(histogram: Uint32Array): Pick<RegionStats, 'meanLuma' | 'paperLuma' | 'inkLuma' | 'lumaVariance'> {
  // Sums from the histogram: the same integers as summing pixel by pixel.
  let sum = 0, sum2 = 0, n = 0;
  for (let v = 0; v < 256; v++) { const c = histogram[v]!; n += c; sum += c * v; sum2 += c * v * v; }
  const percentile = (q: number) => {
    for (let v = 0, seen = 0; v < 256; v++) if ((seen += histogram[v]!) >= q * n) return v;
    return 255;
  };
  const mean = sum / Math.max(1, n);
  return { meanLuma: mean, paperLuma: n ? percentile(0.75) : 0, inkLuma: n ? percentile(0.1) : 0, lumaVariance: Math.max(0, sum2 / Math.max(1, n) - mean * mean) };
}
