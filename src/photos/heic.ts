import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { averageRows, createReduced, type Reduced } from './box-average.ts';
import { shareGrid } from './heic-helper.ts';
import { decodeTiles, gridDone, gridJob, gridLayout, libheifC, type GridLayout } from './heic-tiles.ts';
import { yuv420RowsToRgb } from './yuv.ts';

/** Interleaved 8-bit RGB pixels of a decoded HEIC. */
export type RgbPixels = { data: Buffer; width: number; height: number; channels: 3 };

type Plane = { width: number; height: number; stride: number; data: Uint8Array; bits_per_pixel?: number };
type Decoded = { image: unknown; chroma: unknown; channels: (Plane & { id: unknown })[]; code?: number };
type LibHeif = {
  heif_context_alloc(): unknown;
  heif_js_context_get_list_of_top_level_image_IDs(context: unknown): unknown[] & { code?: unknown };
  heif_js_context_get_image_handle(context: unknown, id: unknown): unknown & { code?: unknown };
  heif_image_handle_get_width(handle: unknown): number;
  heif_image_handle_get_height(handle: unknown): number;
  heif_image_handle_release(handle: unknown): void;
  heif_js_decode_image2(handle: unknown, colorspace: unknown, chroma: unknown): Promise<Decoded>;
  heif_image_release(image: unknown): void;
  heif_context_free(context: unknown): void;
  heif_colorspace: { heif_colorspace_YCbCr: unknown; heif_colorspace_RGB: unknown };
  heif_chroma: { heif_chroma_420: unknown; heif_chroma_interleaved_RGBA: unknown };
  heif_channel: { heif_channel_interleaved: unknown };
  _malloc(bytes: number): number;
  _free(pointer: number): void;
};

// The libheif WebAssembly build heic-decode uses, called directly: its HeifDecoder and display() print failures with
// console.log, which would land in the stdout of `dvbot check-photo --json`; the same calls made here throw instead.
const libheif = createRequire(import.meta.url)('libheif-js/wasm-bundle') as LibHeif;

/**
 * Decodes the primary image of a HEIC/HEIF (grids, 8 to 12 bits, rotation and mirroring applied by libheif) to RGB.
 * The fast route reads libheif's 4:2:0 planes in place and converts them here (BT.601 full range, the HEIC default),
 * which avoids two full-size RGBA copies (about 100 MB for 12 MP); with `reduceBy`, it also box-averages each band of
 * rows into `reduced` as soon as the band is converted (a grid's tiles are converted out of order: no `reduced`).
 * Whatever that route cannot read goes through libheif's own RGBA conversion, so a file is called damaged only when
 * libheif itself cannot decode it.
 */
export async function decodeHeicRgb(bytes: Buffer, reduceBy?: (width: number, height: number) => number): Promise<RgbPixels & { reduced?: Reduced }> {
  collectGarbage();
  return withFirstImage(bytes, async (handle, context) => {
    const grid = await viaSharedGrid(bytes, handle, context).catch(() => undefined);
    if (grid) return grid;
    reserveHeadroom(libheif.heif_image_handle_get_width(handle) * libheif.heif_image_handle_get_height(handle));
    const planes = await viaPlanes(handle, reduceBy).catch(() => undefined);
    return planes ?? viaRgba(handle);
  });
}

/**
 * A tiled photo's tiles decoded by this thread and a helper thread together, straight into one shared image, so the
 * grid's decoding is shared out over two cores instead of one. Undefined for images that are not plain grids.
 */
async function viaSharedGrid(bytes: Buffer, handle: unknown, context: unknown): Promise<RgbPixels | undefined> {
  const layout: GridLayout | undefined = gridLayout(pointerOf(context), pointerOf(handle));
  if (!layout) return undefined;
  const job = gridJob(layout);
  const helped = shareGrid(bytes, job);
  // A helper still starting takes no tile and is not waited for; a tile that fails in either thread stops both, and
  // the image is decoded whole.
  helped.catch(() => undefined);
  decodeTiles(pointerOf(handle), job);
  if (!gridDone(job)) await helped;
  if (!gridDone(job)) throw new Error('HEIF grid not decoded');
  return { data: Buffer.from(job.rgb), width: layout.width, height: layout.height, channels: 3 };
}

/** The address of a libheif object handed out by its JavaScript bindings, for its C functions. */
export function pointerOf(object: unknown): number {
  return (object as { $$: { ptr: number } }).$$.ptr;
}

/** Opens the file's first top-level image (what heic-decode decodes) and frees libheif's context and handle afterwards. */
export async function withFirstImage<T>(bytes: Buffer, use: (handle: unknown, context: unknown) => Promise<T>): Promise<T> {
  const file = copyIntoHeap(bytes);
  try {
    const context = libheif.heif_context_alloc();
    if (!context) throw new Error('could not create a HEIF context');
    try {
      readWithoutCopy(pointerOf(context), file, bytes.length);
      const ids = libheif.heif_js_context_get_list_of_top_level_image_IDs(context);
      if (!ids || ids.code || ids.length === 0) throw new Error('no image in HEIF file');
      const handle = libheif.heif_js_context_get_image_handle(context, ids[0]);
      if (!handle || handle.code) throw new Error('HEIF image not readable');
      try {
        return await use(handle, context);
      } finally {
        libheif.heif_image_handle_release(handle);
      }
    } finally {
      libheif.heif_context_free(context);
    }
  } finally {
    libheif._free(file);
  }
}

/**
 * The file in libheif's heap, copied once. The bindings' `heif_context_read_from_memory` copies it three times (byte by
 * byte in JavaScript into a std::string, that into another, and libheif its own copy): 5.5 ms for a 1.2 MB photo.
 */
function copyIntoHeap(bytes: Uint8Array): number {
  const pointer = libheif._malloc(Math.max(1, bytes.length));
  if (!pointer) throw new Error(`no memory for a ${bytes.length}-byte HEIF file`);
  libheifC.HEAPU8.set(bytes, pointer);
  return pointer;
}

/** Parses the file at `file` in place; it must stay allocated until the context is freed. */
function readWithoutCopy(context: number, file: number, length: number): void {
  const error = libheif._malloc(16);
  try {
    // struct heif_error is returned through a pointer in the WebAssembly ABI: code, subcode, message.
    libheifC._heif_context_read_from_memory_without_copy(error, context, file, length, 0);
    const [code, subcode, message] = new Uint32Array(libheifC.HEAPU8.buffer, error, 3);
    if (code !== 0) throw new Error(`HEIF file not readable: ${code}.${subcode} ${cString(message!)}`);
  } finally {
    libheif._free(error);
  }
}

function cString(pointer: number): string {
  const heap = libheifC.HEAPU8;
  let end = pointer;
  while (pointer && heap[end] && end - pointer < 200) end++;
  return Buffer.from(heap.subarray(pointer, end)).toString('latin1');
}

async function viaPlanes(handle: unknown, reduceBy?: (width: number, height: number) => number): Promise<RgbPixels & { reduced?: Reduced }> {
  const decoded = await decode(handle, libheif.heif_colorspace.heif_colorspace_YCbCr, libheif.heif_chroma.heif_chroma_420);
  try {
    const [y, cb, cr] = decoded.channels;
    if (decoded.chroma !== libheif.heif_chroma.heif_chroma_420 || !y || !cb || !cr) throw new Error('not 4:2:0');
    return yuv420ToRgb(toEightBit(y), toEightBit(cb), toEightBit(cr), reduceBy);
  } finally {
    libheif.heif_image_release(decoded.image);
  }
}

async function decode(handle: unknown, colorspace: unknown, chroma: unknown): Promise<Decoded> {
  const decoded = await libheif.heif_js_decode_image2(handle, colorspace, chroma);
  if (!decoded || decoded.code || !decoded.channels) throw new Error('HEIF decoding failed');
  return decoded;
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
export const collectGarbage: () => void = (() => {
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

/**
 * Converts the planes band by band (an even number of rows, so each band starts on a chroma row, and a whole number of
 * reduction blocks), averaging each band while it is in the CPU cache instead of reading the 36 MB image back.
 */
function yuv420ToRgb(y: Plane, cb: Plane, cr: Plane, reduceBy?: (width: number, height: number) => number): RgbPixels & { reduced?: Reduced } {
  const { width, height } = y;
  const out = Buffer.allocUnsafe(width * height * 3);
  if (!reduceBy) {
    yuv420RowsToRgb(y, cb, cr, out, width, { x: 0, y: 0, width, height });
    return { data: out, width, height, channels: 3 };
  }
  const reduced = createReduced(width, height, reduceBy(width, height));
  const f = reduced.factor;
  const band = f % 2 ? 2 * f : f;
  for (let top = 0; top < height; top += band) {
    const rows = Math.min(band, height - top);
    yuv420RowsToRgb(rowsFrom(y, top), rowsFrom(cb, top / 2), rowsFrom(cr, top / 2), out, width, { x: 0, y: top, width, height: rows });
    averageRows(out, width, reduced, top / f, Math.min(reduced.height, Math.floor((top + rows) / f)));
  }
  return { data: out, width, height, channels: 3, reduced };
}

/** The plane from row `row` down, without copying. */
function rowsFrom(p: Plane, row: number): Plane {
  return { ...p, height: p.height - row, data: p.data.subarray(row * p.stride) };
}

/** libheif's own conversion to interleaved RGBA, compacted to RGB row by row (alpha is dropped, as before). */
async function viaRgba(handle: unknown): Promise<RgbPixels> {
  const decoded = await decode(handle, libheif.heif_colorspace.heif_colorspace_RGB, libheif.heif_chroma.heif_chroma_interleaved_RGBA);
  try {
    const rgba = decoded.channels.find((c) => c.id === libheif.heif_channel.heif_channel_interleaved);
    if (!rgba) throw new Error('no interleaved channel');
    const { width, height, stride, data } = rgba;
    const out = Buffer.allocUnsafe(width * height * 3);
    for (let row = 0, o = 0; row < height; row++) {
      for (let col = 0, i = row * stride; col < width; col++, i += 4, o += 3) { out[o] = data[i]!; out[o + 1] = data[i + 1]!; out[o + 2] = data[i + 2]!; }
    }
    return { data: out, width, height, channels: 3 };
  } finally {
    libheif.heif_image_release(decoded.image);
  }
}
