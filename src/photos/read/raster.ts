/** Raw interleaved RGB pixels. */
export type Raster = { data: Uint8Array; width: number; height: number };

/** The raster turned clockwise by a quarter turn, a half turn or three quarters. */
export function rotateRaster(image: Raster, degrees: 0 | 90 | 180 | 270): Raster {
  if (degrees === 0) return image;
  const { data, width, height } = image;
  const [w, h] = degrees === 180 ? [width, height] : [height, width];
  const out = new Uint8Array(data.length);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const [sx, sy] = degrees === 90 ? [y, height - 1 - x] : degrees === 180 ? [width - 1 - x, height - 1 - y] : [width - 1 - y, x];
      const from = (sy * width + sx) * 3;
      const to = (y * w + x) * 3;
      out[to] = data[from]!;
      out[to + 1] = data[from + 1]!;
      out[to + 2] = data[from + 2]!;
    }
  }
  return { data: out, width: w, height: h };
}

/**
 * A region of the raster scaled bilinearly to `outWidth × outHeight`, as a planar BGR float tensor normalised with
 * per-channel mean and std (PaddleOCR's models were trained on OpenCV's BGR order). Column taps are computed once.
 */
export function toTensor(
  image: Raster, region: { x: number; y: number; width: number; height: number }, outWidth: number, outHeight: number,
  norm: { mean: readonly number[]; std: readonly number[] },
): Float32Array {
  const { data, width, height } = image;
  const out = new Float32Array(3 * outWidth * outHeight);
  const plane = outWidth * outHeight;
  const cols = taps(region.x, region.width / outWidth, outWidth, width);
  const rows = taps(region.y, region.height / outHeight, outHeight, height);
  // Output channel k (B, G, R) reads source channel 2 - k; scale and offset fold /255, mean and std together.
  const scale = [0, 1, 2].map((k) => 1 / (255 * norm.std[k]!));
  const offset = [0, 1, 2].map((k) => norm.mean[k]! / norm.std[k]!);
  for (let y = 0; y < outHeight; y += 1) {
    const r0 = rows.i0[y]! * width;
    const r1 = rows.i1[y]! * width;
    const wy = rows.w[y]!;
    for (let x = 0; x < outWidth; x += 1) {
      const a = (r0 + cols.i0[x]!) * 3, b = (r0 + cols.i1[x]!) * 3, c = (r1 + cols.i0[x]!) * 3, d = (r1 + cols.i1[x]!) * 3;
      const wx = cols.w[x]!;
      const at = y * outWidth + x;
      for (let k = 0; k < 3; k += 1) {
        const s = 2 - k;
        const top = data[a + s]! + (data[b + s]! - data[a + s]!) * wx;
        const bottom = data[c + s]! + (data[d + s]! - data[c + s]!) * wx;
        out[k * plane + at] = (top + (bottom - top) * wy) * scale[k]! - offset[k]!;
      }
    }
  }
  return out;
}

/** Source indices and weights of each output column (or row), pixel centres aligned, clamped to the image. */
function taps(start: number, step: number, count: number, limit: number): { i0: Int32Array; i1: Int32Array; w: Float32Array } {
  const i0 = new Int32Array(count), i1 = new Int32Array(count), w = new Float32Array(count);
  for (let i = 0; i < count; i += 1) {
    const f = Math.min(limit - 1, Math.max(0, start + (i + 0.5) * step - 0.5));
    i0[i] = Math.floor(f);
    i1[i] = Math.min(limit - 1, i0[i]! + 1);
    w[i] = f - i0[i]!;
  }
  return { i0, i1, w };
}

/**
 * A text line sampled along its own direction (centre, unit vector, length × thickness) into an `outWidth × outHeight`
 * planar BGR tensor, so a tilted line reaches the recogniser straight.
 */
export function toLineTensor(
  image: Raster, line: { cx: number; cy: number; ux: number; uy: number; length: number; thickness: number },
  outWidth: number, outHeight: number, norm: { mean: readonly number[]; std: readonly number[] },
): Float32Array {
  const { data, width, height } = image;
  const out = new Float32Array(3 * outWidth * outHeight);
  const plane = outWidth * outHeight;
  const [su, sv] = [line.length / outWidth, line.thickness / outHeight];
  for (let y = 0; y < outHeight; y += 1) {
    const v = (y + 0.5) * sv - line.thickness / 2;
    for (let x = 0; x < outWidth; x += 1) {
      const u = (x + 0.5) * su - line.length / 2;
      const fx = Math.min(width - 1, Math.max(0, line.cx + u * line.ux - v * line.uy - 0.5));
      const fy = Math.min(height - 1, Math.max(0, line.cy + u * line.uy + v * line.ux - 0.5));
      const x0 = Math.floor(fx), y0 = Math.floor(fy);
      const x1 = Math.min(width - 1, x0 + 1), y1 = Math.min(height - 1, y0 + 1);
      const wx = fx - x0, wy = fy - y0;
      const a = (y0 * width + x0) * 3, b = (y0 * width + x1) * 3, c = (y1 * width + x0) * 3, d = (y1 * width + x1) * 3;
      for (let k = 0; k < 3; k += 1) {
        const s = 2 - k;
        const top = data[a + s]! + (data[b + s]! - data[a + s]!) * wx;
        const bottom = data[c + s]! + (data[d + s]! - data[c + s]!) * wx;
        out[k * plane + y * outWidth + x] = ((top + (bottom - top) * wy) / 255 - norm.mean[k]!) / norm.std[k]!;
      }
    }
  }
  return out;
}
