import type { Box, Grey } from './document-region.ts';
import { fillRuns } from './flood-fill.ts';
import { Scratch } from './scratch.ts';

/** A hand in the frame: its skin pixels, and the same grown by the width of an edge so its outline goes too. */
export type Hand = { skin: Uint8Array; grown: Uint8Array };

/** Thin skin-coloured lines (a gold or red printed frame, wood grain) are not hands: they go before the blobs are cut out. */
const THIN = 3;
const MAX_HANDS = 3;

/**
 * Skin-coloured blobs that come in from the frame edge and are hand-sized (0.2–20 % of the frame; a wooden desk is larger).
 * The hand's masks are `scratch` memory: valid until it is released.
 */
export function findHand(skin: Grey, scratch = new Scratch()): Hand | undefined {
  const { width: w, height: h, data } = skin;
  const core = open(data, w, h, scratch);
  let corePixels = 0;
  for (let i = 0; i < core.length; i++) corePixels += core[i]!;
  if (!corePixels) return undefined;
  // Each skin pixel is pushed and listed once: the stack and the list need no more room than that. The fill takes
  // the core's pixels as it goes, so a pixel still set in it starts a new blob.
  const stack = scratch.i32(corePixels);
  const pixels = scratch.i32(corePixels);
  const hand = scratch.u8(w * h);
  let found = 0;
  for (let start = 0; start < core.length; start++) {
    if (!core[start]) continue;
    const blob = blobAt(core, stack, pixels, start, w, h);
    if (!blob.onBorder || blob.size < 0.002 * w * h || blob.size > 0.2 * w * h) continue;
    for (let k = 0; k < blob.size; k++) hand[pixels[k]!] = 1;
    found++;
  }
  // One or two hands; many skin-coloured patches along the edge are a pattern (a red or yellow check tablecloth).
  if (!found || found > MAX_HANDS) return undefined;
  const restored = dilate(hand, w, h, THIN, scratch);
  return { skin: restored, grown: dilate(restored, w, h, 4, scratch) };
}

/** Skin pixels that survive an erosion by THIN: only patches at least 2·THIN+1 pixels across. */
function open(data: Uint8Array, w: number, h: number, scratch: Scratch): Uint8Array {
  const outside = scratch.u8(w * h);
  for (let i = 0; i < outside.length; i++) outside[i] = data[i]! < 128 ? 1 : 0;
  const near = dilate(outside, w, h, THIN, scratch);
  for (let i = 0; i < near.length; i++) near[i] = near[i] ? 0 : 1;
  return near;
}

/** Takes the 4-connected blob at `start` out of `mask`; its pixels are left in `pixels[0 .. size)`. */
function blobAt(mask: Uint8Array, stack: Int32Array, pixels: Int32Array, start: number, w: number, h: number): { size: number; onBorder: boolean } {
  let size = 0, onBorder = false;
  mask[start] = 0;
  stack[0] = start;
  fillRuns(mask, w, h, stack, 1, (from, to) => {
    if (from % w === 0 || to % w === 0 || from < w || from >= w * (h - 1)) onBorder = true;
    for (let i = from; i < to; i++) pixels[size++] = i;
  });
  return { size, onBorder };
}

/**
 * Square dilation by `r` pixels of a 0/1 mask, separable: a pixel is set when its row window, then its column window,
 * holds a set pixel. Running counts make it one pass a direction whatever `r` is; the column pass keeps a count a
 * column and walks the rows in memory order.
 */
function dilate(mask: Uint8Array, w: number, h: number, r: number, scratch: Scratch): Uint8Array {
  const tmp = scratch.u8(mask.length), out = scratch.u8(mask.length);
  for (let y = 0; y < h; y++) slidingAny(mask, tmp, y * w, 1, w, r);
  const counts = scratch.i32(w);
  const add = (y: number, sign: number) => {
    for (let x = 0, i = y * w; x < w; x++, i++) counts[x] = counts[x]! + sign * tmp[i]!;
  };
  for (let y = 0; y < r && y < h; y++) add(y, 1);
  for (let y = 0; y < h; y++) {
    if (y + r < h) add(y + r, 1);
    if (y - r - 1 >= 0) add(y - r - 1, -1);
    for (let x = 0, i = y * w; x < w; x++, i++) if (counts[x]! > 0) out[i] = 1;
  }
  return out;
}

/** Along one line of `n` pixels (first index `from`, step `step`): out = 1 where any pixel within `r` is set in `src`. */
function slidingAny(src: Uint8Array, out: Uint8Array, from: number, step: number, n: number, r: number): void {
  let count = 0;
  for (let k = 0; k < r && k < n; k++) if (src[from + k * step]) count++;
  for (let k = 0; k < n; k++) {
    if (k + r < n && src[from + (k + r) * step]) count++;
    if (k - r - 1 >= 0 && src[from + (k - r - 1) * step]) count--;
    if (count > 0) out[from + k * step] = 1;
  }
}

/** True when the mask has a pixel inside the box grown by `margin`. */
export function reaches(mask: Uint8Array, box: Box, w: number, margin: number): boolean {
  const h = mask.length / w;
  for (let y = Math.max(0, box.y0 - margin); y <= Math.min(h - 1, box.y1 + margin); y++) {
    for (let x = Math.max(0, box.x0 - margin); x <= Math.min(w - 1, box.x1 + margin); x++) if (mask[y * w + x]) return true;
  }
  return false;
}

/**
 * True when a hand sits where a cut-off corner of the outline would be: for each short edge of the simplified outline
 * (a corner cut away), the two neighbouring sides are extended to where they meet, and that spot is mostly skin.
 * A complete 4-corner outline has no such edge, so skin-coloured surfaces around it never count.
 */
export function coversCorner(hand: Hand, outline: [number, number][], w: number): boolean {
  const n = outline.length;
  if (n < 5) return false;
  const at = (i: number) => outline[((i % n) + n) % n]!;
  const length = (i: number) => Math.hypot(at(i + 1)[0] - at(i)[0], at(i + 1)[1] - at(i)[1]);
  const side = outline.reduce((sum, _, i) => sum + length(i), 0) / 4;
  for (let i = 0; i < n; i++) {
    if (length(i) > 0.35 * side) continue;
    const corner = meet(at(i - 1), at(i), at(i + 1), at(i + 2));
    if (corner && mostlySkin(hand.skin, w, corner, Math.max(2, 0.05 * side))) return true;
  }
  return false;
}

/** Where line a→b meets line c→d (undefined when parallel). */
function meet(a: [number, number], b: [number, number], c: [number, number], d: [number, number]): [number, number] | undefined {
  const r = [b[0] - a[0], b[1] - a[1]], s = [d[0] - c[0], d[1] - c[1]];
  const den = r[0]! * s[1]! - r[1]! * s[0]!;
  if (Math.abs(den) < 1e-9) return undefined;
  const t = ((c[0] - a[0]) * s[1]! - (c[1] - a[1]) * s[0]!) / den;
  return [a[0] + t * r[0]!, a[1] + t * r[1]!];
}

function mostlySkin(skin: Uint8Array, w: number, [cx, cy]: [number, number], radius: number): boolean {
  const h = skin.length / w;
  let hits = 0, all = 0;
  for (let y = Math.round(cy - radius); y <= Math.round(cy + radius); y++) {
    for (let x = Math.round(cx - radius); x <= Math.round(cx + radius); x++) {
      if ((x - cx) ** 2 + (y - cy) ** 2 > radius * radius) continue;
      all++;
      // Off the frame counts as skin: the finger comes from there.
      if (x < 0 || y < 0 || x >= w || y >= h || skin[y * w + x]) hits++;
    }
  }
  return all > 0 && hits / all >= 0.5;
}
