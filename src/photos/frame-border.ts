import type { Raster } from './decode.ts';
import type { Box, FrameSide } from './document-region.ts';
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

/** The paper's colour (per-channel median of the middle of `box`) and what lies along the frame border. */
export function readBorder(rgb: Raster, box: Box): BorderFacts {
  const paper = medianColour(rgb, inner(box));
  const sides = borderSides(rgb);
  const surface = medianOf(sides.flat());
  const isPaper = (c: number[]) => distance(c, paper) <= ALIKE;
  const paperRuns = sides.map((side) => longestRun(side, isPaper));
  return {
    paperRun: Math.max(...paperRuns),
    foreignRun: Math.max(...sides.map((side) => longestRun(side, (c) => distance(c, surface) > ALIKE))),
    contrast: distance(surface, paper),
    paperRunBySide: Object.fromEntries(SIDE_ORDER.map((name, k) => [name, paperRuns[k]!])) as Record<FrameSide, number>,
    cutPrint: countCutPrint(rgb),
  };
}

/** The longest stretch of consecutive points of one side that pass `test`, as a share of the side. */
function longestRun(side: number[][], test: (c: number[]) => boolean): number {
  let run = 0, best = 0;
  for (const c of side) {
    run = test(c) ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best / Math.max(1, side.length);
}

/** The middle half of a box, where the paper is and the surface around it is not. */
function inner(b: Box): Box {
  const dx = (b.x1 - b.x0) / 4, dy = (b.y1 - b.y0) / 4;
  return { x0: Math.round(b.x0 + dx), y0: Math.round(b.y0 + dy), x1: Math.round(b.x1 - dx), y1: Math.round(b.y1 - dy) };
}

/** The four sides' colours, each point averaged over SPAN pixels along the side and read DEPTH pixels in. */
function borderSides(r: Raster): number[][][] {
  const { width: w, height: h } = r;
  const d = Math.min(DEPTH, Math.floor(Math.min(w, h) / 4));
  const at = (x: number, y: number) => { const j = (y * w + x) * 3; return [r.data[j]!, r.data[j + 1]!, r.data[j + 2]!]; };
  const line = (n: number, point: (i: number) => [number, number]) => {
    const raw = Array.from({ length: n }, (_, i) => at(...point(i)));
    const half = SPAN >> 1;
    return raw.map((_, i) => averageOf(raw.slice(Math.max(0, i - half), i + half + 1)));
  };
  return [line(w, (i) => [i, d]), line(w, (i) => [i, h - 1 - d]), line(h, (i) => [d, i]), line(h, (i) => [w - 1 - d, i])];
}

function averageOf(colours: number[][]): number[] {
  const sum = [0, 0, 0];
  for (const c of colours) for (let k = 0; k < 3; k++) sum[k]! += c[k]!;
  return sum.map((s) => s / colours.length);
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

function medianOf(colours: number[][]): number[] {
  return [0, 1, 2].map((k) => colours.map((c) => c[k]!).sort((a, b) => a - b)[colours.length >> 1] ?? 0);
}

function distance(a: number[], b: number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}
