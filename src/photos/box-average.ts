/** An image reduced by an integer factor: each pixel the mean of a factor × factor block. */
export type Reduced = { data: Buffer; width: number; height: number; factor: number };

/** An empty reduction of a `width` × `height` RGB image by `factor` (the right and bottom remainders are dropped). */
export function createReduced(width: number, height: number, factor: number): Reduced {
  const w = Math.floor(width / factor), h = Math.floor(height / factor);
  return { data: Buffer.alloc(w * h * 3), width: w, height: h, factor };
}

/**
 * Averages output rows [`from`, `to`) of `out` from interleaved RGB `rgb` (`width` pixels a row). Called band by band
 * right after each band is converted, the band is averaged while it is still in the CPU cache; called once over the
 * whole image, it gives the same pixels.
 */
export function averageRows(rgb: Uint8Array, width: number, out: Reduced, from: number, to: number): void {
  const { data, width: w, factor: f } = out;
  const area = f * f;
  for (let y = from; y < to; y++) {
    for (let x = 0; x < w; x++) {
      let r = 0, g = 0, b = 0;
      for (let dy = 0; dy < f; dy++) {
        let i = ((y * f + dy) * width + x * f) * 3;
        for (let dx = 0; dx < f; dx++, i += 3) { r += rgb[i]!; g += rgb[i + 1]!; b += rgb[i + 2]!; }
      }
      const o = (y * w + x) * 3;
      data[o] = r / area; data[o + 1] = g / area; data[o + 2] = b / area;
    }
  }
}
