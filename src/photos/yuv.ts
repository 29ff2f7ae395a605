/** One 8-bit plane of a decoded HEVC picture. */
export type Plane = { data: Uint8Array; width: number; height: number; stride: number };

/** Where a picture's pixels land in a larger RGB image. */
export type Placement = { x: number; y: number; width: number; height: number };

// BT.601 full range (the HEIC default). Red and blue depend on luma and one chroma value only: tables of every pair
// give each rounded value directly. Green's terms are tabled per chroma value; the arithmetic, and so every pixel, is
// the same as multiplying in the loop.
const GREEN_U = new Float64Array(256), GREEN_V = new Float64Array(256);
const RED = new Uint8Array(256 * 256), BLUE = new Uint8Array(256 * 256);
for (let c = 0; c < 256; c++) {
  GREEN_U[c] = 0.344136 * (c - 128); GREEN_V[c] = 0.714136 * (c - 128);
  for (let l = 0; l < 256; l++) { RED[(c << 8) | l] = clamp(l + 1.402 * (c - 128)); BLUE[(c << 8) | l] = clamp(l + 1.772 * (c - 128)); }
}

/**
 * Converts the top-left `at.width` × `at.height` pixels of 4:2:0 planes to RGB, written at (`at.x`, `at.y`) of an
 * image `outWidth` pixels wide. A picture placed at even coordinates gets the pixels the whole image would.
 */
export function yuv420RowsToRgb(y: Plane, cb: Plane, cr: Plane, out: Uint8Array, outWidth: number, at: Placement): void {
  const Y = y.data, U = cb.data, V = cr.data;
  for (let row = 0; row < at.height; row++) {
    const yRow = row * y.stride, uRow = (row >> 1) * cb.stride, vRow = (row >> 1) * cr.stride;
    // Two pixels share a chroma sample.
    for (let col = 0, o = ((at.y + row) * outWidth + at.x) * 3; col < at.width; col += 2, o += 6) {
      const u = U[uRow + (col >> 1)]!, v = V[vRow + (col >> 1)]!;
      const red = v << 8, blue = u << 8, greenU = GREEN_U[u]!, greenV = GREEN_V[v]!;
      const l0 = Y[yRow + col]!;
      out[o] = RED[red | l0]!; out[o + 1] = clamp(l0 - greenU - greenV); out[o + 2] = BLUE[blue | l0]!;
      if (col + 1 === at.width) break;
      const l1 = Y[yRow + col + 1]!;
      out[o + 3] = RED[red | l1]!; out[o + 4] = clamp(l1 - greenU - greenV); out[o + 5] = BLUE[blue | l1]!;
    }
  }
}

function clamp(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : v + 0.5;
}
