import { createRequire } from 'node:module';
import { yuv420RowsToRgb } from './yuv.ts';

/**
 * A phone HEIC is a grid of HEVC tiles (512×512 on iPhones) that libheif decodes one after another. Decoded tile by
 * tile instead, the grid can be shared out between threads, each with its own libheif, each converting its tiles
 * straight into one shared RGB image.
 */
export type GridLayout = { columns: number; rows: number; tileWidth: number; tileHeight: number; width: number; height: number };

/** Shared between the threads of one decode: the RGB image and [next tile to take, tiles done, failed]. */
export type GridJob = { layout: GridLayout; rgb: SharedArrayBuffer; state: SharedArrayBuffer };

const NEXT = 0, DONE = 1, FAILED = 2;

type Heap = {
  HEAPU8: Uint8Array;
  _malloc(bytes: number): number;
  _free(pointer: number): void;
  _heif_context_read_from_memory_without_copy(error: number, context: number, data: number, size: number, options: number): void;
  _heif_image_handle_get_item_id(handle: number): number;
  _heif_item_get_transformation_properties(context: number, item: number, list: number, count: number): number;
  _heif_item_get_property_type(context: number, item: number, property: number): number;
  _heif_item_get_property_transform_rotation_ccw(context: number, item: number, property: number): number;
  _heif_image_handle_get_image_tiling(error: number, handle: number, transformed: number, tiling: number): void;
  _heif_image_handle_has_alpha_channel(handle: number): number;
  _heif_decoding_options_alloc(): number;
  _heif_decoding_options_free(options: number): void;
  _heif_image_handle_decode_image_tile(error: number, handle: number, image: number, colorspace: number, chroma: number, options: number, x: number, y: number): void;
  _heif_image_get_chroma_format(image: number): number;
  _heif_image_get_plane_readonly2(image: number, channel: number, stride: number): number;
  _heif_image_get_width(image: number, channel: number): number;
  _heif_image_get_height(image: number, channel: number): number;
  _heif_image_get_bits_per_pixel_range(image: number, channel: number): number;
  _heif_image_release(image: number): void;
};

/** The libheif WebAssembly build of this thread (each thread loads its own), reached through its C functions. */
export const libheifC = createRequire(import.meta.url)('libheif-js/wasm-bundle') as Heap;

const IROT = fourcc('irot');
const YCBCR = 0, CHROMA_420 = 1, CHANNEL_Y = 0, CHANNEL_CB = 1, CHANNEL_CR = 2;

function fourcc(s: string): number {
  return ((s.charCodeAt(0) << 24) | (s.charCodeAt(1) << 16) | (s.charCodeAt(2) << 8) | s.charCodeAt(3)) >>> 0;
}

/**
 * The grid of an image whose tiles make the picture as they are: several tiles, even sizes, no alpha, and no
 * transformation but a rotation by 0° (what iPhones write for a landscape photo). Anything else is decoded whole.
 */
export function gridLayout(context: number, handle: number): GridLayout | undefined {
  const lib = libheifC;
  if (lib._heif_image_handle_has_alpha_channel(handle)) return undefined;
  const item = lib._heif_image_handle_get_item_id(handle);
  const scratch = lib._malloc(128);
  try {
    const count = lib._heif_item_get_transformation_properties(context, item, scratch, 16);
    if (count < 0 || count > 16) return undefined;
    for (let i = 0; i < count; i++) {
      const property = new Uint32Array(lib.HEAPU8.buffer, scratch, 16)[i]!;
      if (lib._heif_item_get_property_type(context, item, property) !== IROT) return undefined;
      if (lib._heif_item_get_property_transform_rotation_ccw(context, item, property) !== 0) return undefined;
    }
    lib.HEAPU8.fill(0, scratch, scratch + 128);
    lib._heif_image_handle_get_image_tiling(scratch, handle, 1, scratch + 16);
    const words = new Uint32Array(lib.HEAPU8.buffer, scratch, 32);
    if (words[0] !== 0) return undefined;
    // struct heif_image_tiling: version, columns, rows, tile width, tile height, image width, image height, offsets.
    const [columns, rows, tileWidth, tileHeight, width, height, top, left] = words.subarray(5, 13);
    const layout = { columns: columns!, rows: rows!, tileWidth: tileWidth!, tileHeight: tileHeight!, width: width!, height: height! };
    const even = [tileWidth!, tileHeight!, width!, height!].every((v) => v > 0 && v % 2 === 0);
    if (layout.columns * layout.rows < 2 || !even || top || left) return undefined;
    if (layout.columns * tileWidth! < width! || layout.rows * tileHeight! < height!) return undefined;
    return layout;
  } finally {
    lib._free(scratch);
  }
}

/** A fresh job for a grid: the shared RGB image and counters. */
export function gridJob(layout: GridLayout): GridJob {
  return { layout, rgb: new SharedArrayBuffer(layout.width * layout.height * 3), state: new SharedArrayBuffer(12) };
}

/** True when every tile is in the image. */
export function gridDone(job: GridJob): boolean {
  const state = new Int32Array(job.state);
  return Atomics.load(state, DONE) === job.layout.columns * job.layout.rows && !Atomics.load(state, FAILED);
}

/**
 * Takes tiles one at a time (whichever thread is free takes the next) until none is left, converting each into the
 * shared image. Stops at the first tile that fails and marks the job failed.
 */
export function decodeTiles(handle: number, job: GridJob): void {
  const lib = libheifC;
  const state = new Int32Array(job.state);
  const { columns, rows } = job.layout;
  const scratch = lib._malloc(64);
  const options = lib._heif_decoding_options_alloc();
  try {
    for (let t = Atomics.add(state, NEXT, 1); t < columns * rows && !Atomics.load(state, FAILED); t = Atomics.add(state, NEXT, 1)) {
      decodeTile(handle, options, scratch, job, t % columns, Math.floor(t / columns));
      Atomics.add(state, DONE, 1);
    }
  } catch (error) {
    Atomics.store(state, FAILED, 1);
    throw error;
  } finally {
    lib._heif_decoding_options_free(options);
    lib._free(scratch);
  }
}

function decodeTile(handle: number, options: number, scratch: number, job: GridJob, column: number, row: number): void {
  const lib = libheifC;
  lib._heif_image_handle_decode_image_tile(scratch, handle, scratch + 16, YCBCR, CHROMA_420, options, column, row);
  const words = () => new Uint32Array(lib.HEAPU8.buffer, scratch, 16);
  if (words()[0] !== 0) throw new Error(`HEIF tile ${column},${row} not decodable`);
  const image = words()[4]!;
  try {
    if (lib._heif_image_get_chroma_format(image) !== CHROMA_420) throw new Error('tile not 4:2:0');
    const plane = (channel: number) => {
      if (lib._heif_image_get_bits_per_pixel_range(image, channel) !== 8) throw new Error('tile not 8-bit');
      const pointer = lib._heif_image_get_plane_readonly2(image, channel, scratch + 32);
      const stride = words()[8]!;
      const height = lib._heif_image_get_height(image, channel);
      return { data: new Uint8Array(lib.HEAPU8.buffer, pointer, stride * height), stride, width: lib._heif_image_get_width(image, channel), height };
    };
    const [y, cb, cr] = [plane(CHANNEL_Y), plane(CHANNEL_CB), plane(CHANNEL_CR)];
    const { tileWidth, tileHeight, width, height } = job.layout;
    const x0 = column * tileWidth, y0 = row * tileHeight;
    yuv420RowsToRgb(y, cb, cr, new Uint8Array(job.rgb), width, { x: x0, y: y0, width: Math.min(y.width, width - x0), height: Math.min(y.height, height - y0) });
  } finally {
    lib._heif_image_release(image);
  }
}
