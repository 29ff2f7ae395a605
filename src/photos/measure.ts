import type { Raster } from './decode.ts';
import type { Box, Grey } from './document-region.ts';

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

/** Luma (BT.601) of an RGB raster. */
export function toGrey(r: Raster): Grey {
  const out = new Uint8Array(r.width * r.height);
  for (let i = 0, j = 0; i < out.length; i++, j += 3) out[i] = (299 * r.data[j]! + 587 * r.data[j + 1]! + 114 * r.data[j + 2]!) / 1000;
  return { data: out, width: r.width, height: r.height };
}

/** Blue–yellow opponent plane ((R − B) / 2 + 128): finds a light card on a light desk when luma cannot. */
export function toOpponent(r: Raster): Grey {
  const out = new Uint8Array(r.width * r.height);
  for (let i = 0, j = 0; i < out.length; i++, j += 3) out[i] = (r.data[j]! - r.data[j + 2]! + 256) >> 1;
  return { data: out, width: r.width, height: r.height };
}

/** Skin-coloured pixels (255) by the Kovač RGB rule, for telling a hand holding the document from the document. */
export function toSkin(r: Raster): Grey {
  const out = new Uint8Array(r.width * r.height);
  const d = r.data;
  for (let i = 0, j = 0; i < out.length; i++, j += 3) {
    const R = d[j]!, G = d[j + 1]!, B = d[j + 2]!;
    const spread = Math.max(R, G, B) - Math.min(R, G, B);
    if (R > 95 && G > 40 && B > 20 && spread > 15 && R - G > 15 && R > B) out[i] = 255;
  }
  return { data: out, width: r.width, height: r.height };
}

/** Halves a grey image by 2×2 averaging (the outline search runs at half size). */
export function halve(g: Grey): Grey {
  const w = g.width >> 1, h = g.height >> 1;
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = 2 * y * g.width + 2 * x;
      out[y * w + x] = (g.data[i]! + g.data[i + 1]! + g.data[i + g.width]! + g.data[i + g.width + 1]!) >> 2;
    }
  }
  return { data: out, width: w, height: h };
}

/** Measures sharpness, colour, clipping and brightness inside `box` (analysis pixels). */
export function measureRegion(rgb: Raster, grey: Grey, box: Box): RegionStats {
  return { ...sharpness(grey, box), ...colour(rgb, box), ...clipping(rgb, box), ...luma(grey, box) };
}

function sharpness(g: Grey, box: Box): Pick<RegionStats, 'lapVar' | 'directionalSharpness'> {
  const w = g.width, p = g.data;
  let n = 0, sl = 0, sl2 = 0, sx = 0, sx2 = 0, sy = 0, sy2 = 0;
  for (let y = Math.max(1, box.y0); y < Math.min(g.height - 1, box.y1); y++) {
    for (let x = Math.max(1, box.x0), i = y * w + x; x < Math.min(w - 1, box.x1); x++, i++) {
      const c = 2 * p[i]!;
      const dxx = p[i - 1]! + p[i + 1]! - c;
      const dyy = p[i - w]! + p[i + w]! - c;
      const lap = dxx + dyy;
      n++; sl += lap; sl2 += lap * lap; sx += dxx; sx2 += dxx * dxx; sy += dyy; sy2 += dyy * dyy;
    }
  }
  const v = (s: number, s2: number) => (n > 1 ? s2 / n - (s / n) ** 2 : 0);
  return { lapVar: v(sl, sl2), directionalSharpness: Math.min(v(sx, sx2), v(sy, sy2)) };
}

function colour(r: Raster, box: Box): Pick<RegionStats, 'colourfulness' | 'greyShare' | 'saturatedShare'> {
  let n = 0, grey = 0, saturated = 0, a = 0, a2 = 0, b = 0, b2 = 0;
  const d = r.data;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0, j = (y * r.width + x) * 3; x < box.x1; x++, j += 3) {
      const R = d[j]!, G = d[j + 1]!, B = d[j + 2]!;
      const rg = R - G, yb = (R + G) / 2 - B;
      a += rg; a2 += rg * rg; b += yb; b2 += yb * yb; n++;
      const max = R > G ? (R > B ? R : B) : G > B ? G : B;
      const min = R < G ? (R < B ? R : B) : G < B ? G : B;
      if (max - min <= 3) grey++;
      else if (max > 60 && (max - min) / max > 0.45) saturated++;
    }
  }
  const k = Math.max(1, n);
  const spread = Math.sqrt(Math.max(0, a2 / k - (a / k) ** 2) + Math.max(0, b2 / k - (b / k) ** 2));
  return { colourfulness: spread + 0.3 * Math.hypot(a / k, b / k), greyShare: grey / k, saturatedShare: saturated / k };
}

function clipping(r: Raster, box: Box): Pick<RegionStats, 'clippedShare' | 'clippedBlobShare'> {
  const bw = Math.max(0, box.x1 - box.x0), bh = Math.max(0, box.y1 - box.y0);
  const mask = new Uint8Array(bw * bh);
  const d = r.data;
  let clipped = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0, j = (y * r.width + x) * 3, m = (y - box.y0) * bw; x < box.x1; x++, j += 3, m++) {
      if (d[j]! >= 250 && d[j + 1]! >= 250 && d[j + 2]! >= 250) { mask[m] = 1; clipped++; }
    }
  }
  const n = Math.max(1, bw * bh);
  return { clippedShare: clipped / n, clippedBlobShare: clipped ? largestBlob(mask, bw, bh) / n : 0 };
}

function largestBlob(mask: Uint8Array, w: number, h: number): number {
  const stack = new Int32Array(mask.length);
  let best = 0;
  for (let s = 0; s < mask.length; s++) {
    if (mask[s] !== 1) continue;
    let top = 0, size = 0;
    stack[top++] = s; mask[s] = 2;
    while (top > 0) {
      const i = stack[--top]!; size++;
      const x = i % w;
      if (x > 0 && mask[i - 1] === 1) { mask[i - 1] = 2; stack[top++] = i - 1; }
      if (x < w - 1 && mask[i + 1] === 1) { mask[i + 1] = 2; stack[top++] = i + 1; }
      if (i >= w && mask[i - w] === 1) { mask[i - w] = 2; stack[top++] = i - w; }
      if (i + w < w * h && mask[i + w] === 1) { mask[i + w] = 2; stack[top++] = i + w; }
    }
    best = Math.max(best, size);
  }
  return best;
}

function luma(g: Grey, box: Box): Pick<RegionStats, 'meanLuma' | 'paperLuma' | 'inkLuma' | 'lumaVariance'> {
  const histogram = new Uint32Array(256);
  let sum = 0, sum2 = 0, n = 0;
  for (let y = box.y0; y < box.y1; y++) for (let x = box.x0; x < box.x1; x++) { const v = g.data[y * g.width + x]!; histogram[v]!++; sum += v; sum2 += v * v; n++; }
  const percentile = (q: number) => {
    for (let v = 0, seen = 0; v < 256; v++) if ((seen += histogram[v]!) >= q * n) return v;
    return 255;
  };
  const mean = sum / Math.max(1, n);
  return { meanLuma: mean, paperLuma: n ? percentile(0.75) : 0, inkLuma: n ? percentile(0.1) : 0, lumaVariance: Math.max(0, sum2 / Math.max(1, n) - mean * mean) };
}

/** The weaker-direction sharpness alone, for a second region. */
export function directionalSharpness(g: Grey, box: Box): number {
  return sharpness(g, box).directionalSharpness;
}
