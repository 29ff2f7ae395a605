import type { FrameSide, Grey } from './document-region.ts';

/**
 * Strokes of print that the frame edge cuts through, per side: dark marks on a light ground that reach the frame's
 * outermost pixels, are the size of a character and, like characters, cover little of their bounding box. A document
 * lying inside the frame leaves only its surface at the edge; the text of a document that runs off the frame is cut
 * there, a line at a time (a close crop of a card's text).
 * `grey` is the frame's luma (the analysis plane).
 * @example countCutPrint(toPlanes(rgb).grey) // { top: 0, bottom: 0, left: 3, right: 0 } for text running off the left edge
 */
export function countCutPrint(grey: Grey): Record<FrameSide, number> {
  const short = Math.min(grey.width, grey.height);
  const depth = Math.max(4, Math.round(STRIP * short));
  const limits = { band: Math.max(2, Math.round(BAND * short)), minSize: Math.max(3, Math.round(MIN_GLYPH * short)) };
  return {
    top: countInStrip(stripOf(grey, 'top', depth), limits),
    bottom: countInStrip(stripOf(grey, 'bottom', depth), limits),
    left: countInStrip(stripOf(grey, 'left', depth), limits),
    right: countInStrip(stripOf(grey, 'right', depth), limits),
  };
}

/** How deep into the frame a cut character may reach, and how close to the edge it must start (shares of the short side). */
const STRIP = 0.12;
const BAND = 0.01;
/** Smaller marks are dust, noise or a pen's tip; characters that small are not legible anyway. */
const MIN_GLYPH = 0.01;
/** A stroke is at most this share of the ground's luma (black or dark-blue print on paper: 0.1–0.3; a check cloth's darkest squares 0.55). */
const INK = 0.45;
/** A character covers at most this share of its bounding box (strokes and counters); a crumb, a square or a shadow is solid. */
const MAX_FILL = 0.6;
/** Grounds darker than this are a surface, not paper. */
const LIGHT_GROUND = 120;

/** Luma of the strip along one side, `u` along the side and `v` inward from it. */
type Strip = { luma: Uint8Array; along: number; depth: number };

function stripOf(g: Grey, side: FrameSide, depth: number): Strip {
  const { width: w, height: h, data } = g;
  const across = side === 'top' || side === 'bottom';
  const along = across ? w : h;
  const luma = new Uint8Array(along * depth);
  for (let v = 0; v < depth; v++) {
    // The pixel `v` in from the side, at `u` = 0, and the step to `u` + 1.
    const first = side === 'top' ? v * w : side === 'bottom' ? (h - 1 - v) * w : side === 'left' ? v : w - 1 - v;
    const step = across ? 1 : w;
    for (let u = 0, i = first; u < along; u++, i += step) luma[v * along + u] = data[i]!;
  }
  return { luma, along, depth };
}

function countInStrip(s: Strip, limits: { band: number; minSize: number }): number {
  const ground = median(s.luma);
  if (ground < LIGHT_GROUND) return 0;
  const ink = INK * ground;
  const seen = new Uint8Array(s.luma.length);
  const stack = new Int32Array(s.luma.length);
  let count = 0;
  for (let v = 0; v < limits.band; v++) {
    for (let u = 0; u < s.along; u++) {
      const start = v * s.along + u;
      if (seen[start] || s.luma[start]! > ink) continue;
      if (isGlyph(mark(s, start, ink, seen, stack), s, limits.minSize)) count++;
    }
  }
  return count;
}

type Mark = { pixels: number; u0: number; u1: number; v0: number; v1: number };

/** The 8-connected dark mark through `start`, marked in `seen`. */
function mark(s: Strip, start: number, ink: number, seen: Uint8Array, stack: Int32Array): Mark {
  const m = { pixels: 0, u0: s.along, u1: 0, v0: s.depth, v1: 0 };
  let top = 0;
  stack[top++] = start;
  seen[start] = 1;
  while (top > 0) {
    const i = stack[--top]!;
    const u = i % s.along, v = (i - u) / s.along;
    m.pixels++;
    if (u < m.u0) m.u0 = u;
    if (u > m.u1) m.u1 = u;
    if (v < m.v0) m.v0 = v;
    if (v > m.v1) m.v1 = v;
    for (let dv = -1; dv <= 1; dv++) {
      const vv = v + dv;
      if (vv < 0 || vv >= s.depth) continue;
      for (let du = -1; du <= 1; du++) {
        const uu = u + du, j = vv * s.along + uu;
        if (uu < 0 || uu >= s.along || seen[j] || s.luma[j]! > ink) continue;
        seen[j] = 1;
        stack[top++] = j;
      }
    }
  }
  return m;
}

/** Character-sized, ending inside the strip and away from the corners, and made of strokes. */
function isGlyph(m: Mark, s: Strip, minSize: number): boolean {
  const width = m.u1 - m.u0 + 1, height = m.v1 - m.v0 + 1;
  const inside = m.v1 < s.depth - 1 && m.u0 > 0 && m.u1 < s.along - 1;
  return inside && Math.max(width, height) >= minSize && m.pixels <= MAX_FILL * width * height;
}

function median(values: Uint8Array): number {
  const histogram = new Uint32Array(256);
  for (let i = 0; i < values.length; i++) histogram[values[i]!]!++;
  for (let v = 0, seen = 0; v < 256; v++) if ((seen += histogram[v]!) * 2 >= values.length) return v;
  return 255;
}
