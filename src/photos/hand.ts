import type { Box, Grey } from './document-region.ts';

/** A hand in the frame: its skin pixels, and the same grown by the width of an edge so its outline goes too. */
export type Hand = { skin: Uint8Array; grown: Uint8Array };

/** Thin skin-coloured lines (a gold or red printed frame, wood grain) are not hands: they go before the blobs are cut out. */
const THIN = 3;
const MAX_HANDS = 3;

/** Skin-coloured blobs that come in from the frame edge and are hand-sized (0.2–20 % of the frame; a wooden desk is larger). */
export function findHand(skin: Grey): Hand | undefined {
  const { width: w, height: h, data } = skin;
  const core = open(data, w, h);
  const label = new Int32Array(w * h);
  const stack = new Int32Array(w * h);
  const hand = new Uint8Array(w * h);
  let found = 0, id = 0;
  for (let start = 0; start < core.length; start++) {
    if (!core[start] || label[start]) continue;
    const pixels = flood(core, label, stack, start, ++id, w, h);
    const onBorder = pixels.some((i) => i % w === 0 || i % w === w - 1 || i < w || i >= w * (h - 1));
    if (!onBorder || pixels.length < 0.002 * w * h || pixels.length > 0.2 * w * h) continue;
    for (const i of pixels) hand[i] = 1;
    found++;
  }
  // One or two hands; many skin-coloured patches along the edge are a pattern (a red or yellow check tablecloth).
  if (!found || found > MAX_HANDS) return undefined;
  const restored = dilate(hand, w, h, THIN);
  return { skin: restored, grown: dilate(restored, w, h, 4) };
}

/** Skin pixels that survive an erosion by THIN: only patches at least 2·THIN+1 pixels across. */
function open(data: Uint8Array, w: number, h: number): Uint8Array {
  const outside = new Uint8Array(w * h);
  for (let i = 0; i < outside.length; i++) outside[i] = data[i]! < 128 ? 1 : 0;
  const near = dilate(outside, w, h, THIN);
  for (let i = 0; i < near.length; i++) near[i] = near[i] ? 0 : 1;
  return near;
}

function flood(mask: Uint8Array, label: Int32Array, stack: Int32Array, start: number, id: number, w: number, h: number): number[] {
  const pixels: number[] = [];
  let top = 0;
  stack[top++] = start;
  label[start] = id;
  while (top > 0) {
    const i = stack[--top]!;
    pixels.push(i);
    const x = i % w;
    for (const j of [x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, i >= w ? i - w : -1, i + w < w * h ? i + w : -1]) {
      if (j < 0 || label[j] || !mask[j]) continue;
      label[j] = id;
      stack[top++] = j;
    }
  }
  return pixels;
}

/** Square dilation by `r` pixels (separable running maximum). */
function dilate(mask: Uint8Array, w: number, h: number, r: number): Uint8Array {
  const tmp = new Uint8Array(mask.length), out = new Uint8Array(mask.length);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (mask[y * w + x]) for (let d = Math.max(0, x - r); d <= Math.min(w - 1, x + r); d++) tmp[y * w + d] = 1;
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (tmp[y * w + x]) for (let d = Math.max(0, y - r); d <= Math.min(h - 1, y + r); d++) out[d * w + x] = 1;
  return out;
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
