import type { Raster } from './decode.ts';
import type { Box, FrameSide, Grey } from './document-region.ts';
import { countCutPrint } from './print-at-edge.ts';

/**
 * What lies along the frame's edge, told by colour. A document wholly in the picture leaves only the surface it lies
 * on at the edge, however close its own edge runs; a cut-off one leaves a stretch of its paper there.
 */
export type BorderFacts = {
  /** Longest unbroken stretch of paper-coloured border, as a share of the side it lies on. */
  paperRun: number;
  /**
   * Longest unbroken stretch of border unlike the surface (the border's median colour): paper, but also a finger or
   * anything else coming in from outside the frame.
   */
  foreignRun: number;
  /** Colour distance (RGB) between the paper and the border's median: small when the surface looks like the paper. */
  contrast: number;
  /** `paperRun` of each side alone: where the paper meets the frame, so which side the user must bring into the picture. */
  paperRunBySide: Record<FrameSide, number>;
  /** Characters the frame edge cuts through, per side (see print-at-edge.ts). */
  cutPrint: Record<FrameSide, number>;
};

/** The order `borderSides` reads the sides in. */
const SIDE_ORDER: readonly FrameSide[] = ['top', 'bottom', 'left', 'right'];

/** Border pixels are read this far in from the edge (analysis pixels), past the JPEG block edge and any 1-pixel line. */
const DEPTH = 3;
/** Along the border, colours are averaged over this many pixels so that print and noise do not break a run. */
const SPAN = 7;
/** Two colours are alike within this RGB distance (45 ≈ 26 levels a channel: light falling off across a page). */
const ALIKE = 45;

/** The paper's colour (per-channel median of the middle of `box`) and what lies along the frame border; `grey` is the raster's luma. */
export function readBorder(rgb: Raster, grey: Grey, box: Box): BorderFacts {
  const paper = medianColour(rgb, inner(box));
  const sides = borderSides(rgb);
  const surface = medianOf(sides);
  const isPaper = (side: Side, i: number) => distanceAt(side, i, paper) <= ALIKE;
  const isForeign = (side: Side, i: number) => distanceAt(side, i, surface) > ALIKE;
  const paperRuns = sides.map((side) => longestRun(side, isPaper));
  return {
    paperRun: Math.max(...paperRuns),
    foreignRun: Math.max(...sides.map((side) => longestRun(side, isForeign))),
    contrast: distance(surface, paper),
    paperRunBySide: Object.fromEntries(SIDE_ORDER.map((name, k) => [name, paperRuns[k]!])) as Record<FrameSide, number>,
    cutPrint: countCutPrint(grey),
  };
}

/** One side's colours along it, three values (R, G, B) a point. */
type Side = Float64Array;

/** The longest stretch of consecutive points of one side that pass `test` (given the side and a point's first value), as a share of the side. */
function longestRun(side: Side, test: (side: Side, i: number) => boolean): number {
  let run = 0, best = 0;
  for (let i = 0; i < side.length; i += 3) {
    run = test(side, i) ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best / Math.max(1, side.length / 3);
}

/** The middle half of a box, where the paper is and the surface around it is not. */
function inner(b: Box): Box {
  const dx = (b.x1 - b.x0) / 4, dy = (b.y1 - b.y0) / 4;
  return { x0: Math.round(b.x0 + dx), y0: Math.round(b.y0 + dy), x1: Math.round(b.x1 - dx), y1: Math.round(b.y1 - dy) };
}

/** The four sides' colours, each point averaged over SPAN pixels along the side (fewer at its ends) and read DEPTH pixels in. */
function borderSides(r: Raster): Side[] {
  const { width: w, height: h } = r;
  const d = Math.min(DEPTH, Math.floor(Math.min(w, h) / 4));
  const rowAt = (y: number) => (i: number) => (y * w + i) * 3, columnAt = (x: number) => (i: number) => (i * w + x) * 3;
  return [line(r, w, rowAt(d)), line(r, w, rowAt(h - 1 - d)), line(r, h, columnAt(d)), line(r, h, columnAt(w - 1 - d))];
}

/** `n` points whose first byte is at `offset(i)`, each the mean of the points within SPAN / 2 of it; sums of bytes are exact, so the means are too. */
function line(r: Raster, n: number, offset: (i: number) => number): Side {
  const sums = new Float64Array((n + 1) * 3);
  for (let i = 0; i < n; i++) {
    const j = offset(i);
    for (let k = 0; k < 3; k++) sums[(i + 1) * 3 + k] = sums[i * 3 + k]! + r.data[j + k]!;
  }
  const half = SPAN >> 1, out = new Float64Array(n * 3);
  for (let i = 0; i < n; i++) {
    const from = Math.max(0, i - half), to = Math.min(n, i + half + 1);
    for (let k = 0; k < 3; k++) out[i * 3 + k] = (sums[to * 3 + k]! - sums[from * 3 + k]!) / (to - from);
  }
  return out;
}

function medianColour(r: Raster, b: Box): number[] {
  const histograms = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)];
  let n = 0;
  for (let y = b.y0; y < b.y1; y++) {
    for (let x = b.x0, j = (y * r.width + x) * 3; x < b.x1; x++, j += 3, n++) for (let k = 0; k < 3; k++) histograms[k]![r.data[j + k]!]!++;
  }
  return histograms.map((histogram) => {
    for (let v = 0, seen = 0; v < 256; v++) if ((seen += histogram[v]!) * 2 >= n) return v;
    return 255;
  });
}

/** Per channel, the median of every point of every side. */
function medianOf(sides: Side[]): number[] {
  const points = sides.reduce((n, side) => n + side.length / 3, 0);
  return [0, 1, 2].map((k) => {
    const values = new Float64Array(points);
    let at = 0;
    for (const side of sides) for (let i = k; i < side.length; i += 3) values[at++] = side[i]!;
    return values.sort()[points >> 1] ?? 0;
  });
}

function distance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}

/** `distance` from the point of `side` whose first value is at `i`. */
function distanceAt(side: Side, i: number, c: readonly number[]): number {
  return Math.hypot(side[i]! - c[0]!, side[i + 1]! - c[1]!, side[i + 2]! - c[2]!);
}
