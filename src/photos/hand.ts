import type { Box, Grey } from './document-region.ts';

/**
 * Skin-coloured blobs that come in from the frame edge and are hand-sized (0.2–20 % of the frame; a wooden desk is
 * larger), grown by the width of an edge so their outline goes too.
 */
export function handMask(skin: Grey): Uint8Array | undefined {
  const { width: w, height: h, data } = skin;
  const label = new Int32Array(w * h);
  const stack = new Int32Array(w * h);
  const hand = new Uint8Array(w * h);
  let found = false, id = 0;
  for (let start = 0; start < data.length; start++) {
    if (data[start]! < 128 || label[start]) continue;
    const pixels = floodValues(data, label, stack, start, ++id, w, h);
    const onBorder = pixels.some((i) => i % w === 0 || i % w === w - 1 || i < w || i >= w * (h - 1));
    if (!onBorder || pixels.length < 0.002 * w * h || pixels.length > 0.2 * w * h) continue;
    for (const i of pixels) hand[i] = 1;
    found = true;
  }
  return found ? dilate(hand, w, h, 4) : undefined;
}

function floodValues(data: Uint8Array, label: Int32Array, stack: Int32Array, start: number, id: number, w: number, h: number): number[] {
  const pixels: number[] = [];
  let top = 0;
  stack[top++] = start;
  label[start] = id;
  while (top > 0) {
    const i = stack[--top]!;
    pixels.push(i);
    const x = i % w;
    for (const j of [x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, i >= w ? i - w : -1, i + w < w * h ? i + w : -1]) {
      if (j < 0 || label[j] || data[j]! < 128) continue;
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
