import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import decodeHeic from 'heic-decode';

/** Interleaved 8-bit RGB pixels of a decoded HEIC. */
export type RgbPixels = { data: Buffer; width: number; height: number; channels: 3 };

type Plane = { width: number; height: number; stride: number; data: Uint8Array; bits_per_pixel?: number };
type Handle = { handle: unknown; get_width(): number; get_height(): number; free(): void };
type LibHeif = {
  HeifDecoder: new () => { decoder: unknown; decode(b: Uint8Array): Handle[] };
  heif_js_decode_image2(handle: unknown, colorspace: unknown, chroma: unknown): Promise<{ image: unknown; chroma: unknown; channels: Plane[]; code?: number }>;
  heif_image_release(image: unknown): void;
  heif_context_free(context: unknown): void;
  heif_colorspace: { heif_colorspace_YCbCr: unknown };
  heif_chroma: { heif_chroma_420: unknown };
  _malloc(bytes: number): number;
  _free(pointer: number): void;
};

// The same libheif WebAssembly build heic-decode uses, reached directly to read the decoded planes in place.
const libheif = createRequire(import.meta.url)('libheif-js/wasm-bundle') as LibHeif;

/**
 * Decodes the primary image of a HEIC/HEIF (grids, 8 to 12 bits, rotation and mirroring applied by libheif) to RGB.
 * The fast route reads libheif's 4:2:0 planes in place and converts them here (BT.601 full range, the HEIC default),
 * which avoids libheif-js's two full-size RGBA copies (about 100 MB for 12 MP). Whatever that route cannot read goes
 * through heic-decode's RGBA route, so a file is called damaged only when libheif itself cannot decode it.
 */
export async function decodeHeicRgb(bytes: Buffer): Promise<RgbPixels> {
  collectGarbage();
  const planes = await viaPlanes(bytes).catch(() => undefined);
  return planes ?? viaRgba(bytes);
}

async function viaPlanes(bytes: Buffer): Promise<RgbPixels> {
  const decoder = new libheif.HeifDecoder();
  const images = decoder.decode(bytes);
  try {
    if (images.length === 0) throw new Error('no image in HEIF file');
    const primary = images[0]!;
    reserveHeadroom(primary.get_width() * primary.get_height());
    const decoded = await libheif.heif_js_decode_image2(primary.handle, libheif.heif_colorspace.heif_colorspace_YCbCr, libheif.heif_chroma.heif_chroma_420);
    if (!decoded || decoded.code || !decoded.channels) throw new Error('HEIF decoding failed');
    try {
      const [y, cb, cr] = decoded.channels;
      if (decoded.chroma !== libheif.heif_chroma.heif_chroma_420 || !y || !cb || !cr) throw new Error('not 4:2:0');
      return yuv420ToRgb(toEightBit(y), toEightBit(cb), toEightBit(cr));
    } finally {
      libheif.heif_image_release(decoded.image);
    }
  } finally {
    for (const image of images) image.free();
    libheif.heif_context_free(decoder.decoder);
  }
}

/**
 * libheif-js 1.23 sizes each chroma plane's view as stride × the luma height (twice the plane), so on a fresh
 * WebAssembly heap, where the last plane ends near the top of memory, the view runs past it and decoding throws
 * "Invalid typed array length" (every first iPhone 15 Pro photo in a new worker). Growing the heap beforehand
 * (allocate, then free: the memory stays) leaves the planes well below its top.
 */
function reserveHeadroom(pixels: number): void {
  const pointer = libheif._malloc(pixels * 4);
  if (pointer) libheif._free(pointer);
}

/**
 * A GC handle, because a 12 MP photo leaves a 36 MB pixel buffer behind that V8 collects lazily; with HEIC's
 * WebAssembly heap on top, two or three photos in a row would hold hundreds of MB. Collecting before each HEIC
 * decode keeps the peak near one photo's.
 */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/** 8-bit planes as they are; 10- and 12-bit planes (two bytes a sample, little-endian) scaled down to 8 bits. */
function toEightBit(p: Plane): Plane {
  const bits = p.bits_per_pixel ?? 8;
  if (bits <= 8) return p;
  const out = new Uint8Array(p.width * p.height);
  const shift = bits - 8;
  for (let row = 0; row < p.height; row++) {
    for (let col = 0, i = row * p.stride, o = row * p.width; col < p.width; col++, i += 2, o++) {
      out[o] = Math.min(255, (p.data[i]! | (p.data[i + 1]! << 8)) >> shift);
    }
  }
  return { width: p.width, height: p.height, stride: p.width, data: out, bits_per_pixel: 8 };
}

function yuv420ToRgb(y: Plane, cb: Plane, cr: Plane): RgbPixels {
  const { width, height } = y;
  const out = Buffer.allocUnsafe(width * height * 3);
  for (let row = 0; row < height; row++) {
    const yRow = row * y.stride;
    const cRow = (row >> 1) * cb.stride;
    const crRow = (row >> 1) * cr.stride;
    for (let col = 0, o = row * width * 3; col < width; col++, o += 3) {
      const l = y.data[yRow + col]!;
      const u = cb.data[cRow + (col >> 1)]! - 128;
      const v = cr.data[crRow + (col >> 1)]! - 128;
      out[o] = clamp(l + 1.402 * v);
      out[o + 1] = clamp(l - 0.344136 * u - 0.714136 * v);
      out[o + 2] = clamp(l + 1.772 * u);
    }
  }
  return { data: out, width, height, channels: 3 };
}

function clamp(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : v + 0.5;
}

async function viaRgba(bytes: Buffer): Promise<RgbPixels> {
  const image = await decodeHeic({ buffer: bytes });
  const rgba = image.data;
  const out = Buffer.allocUnsafe(image.width * image.height * 3);
  for (let i = 0, j = 0; j < rgba.length; i += 3, j += 4) { out[i] = rgba[j]!; out[i + 1] = rgba[j + 1]!; out[i + 2] = rgba[j + 2]!; }
  return { data: out, width: image.width, height: image.height, channels: 3 };
}
