import sharp from 'sharp';
import { decode as decodeBmp } from 'bmp-ts';
import { averageRows, createReduced, type Reduced } from './box-average.ts';
import { decodeHeicRgb } from './heic.ts';
import type { AcceptedFormat } from './sniff.ts';

// Every photo is seen once: libvips' operation cache would only keep up to 50 MB of decoded pixels alive per thread.
sharp.cache(false);

/** Largest accepted upload: phone photos are well under this, so anything bigger is not a phone photo. */
export const MAX_INPUT_BYTES = 30 * 1024 * 1024;
/** Pixel cap for every decoder: 64 MP covers 48/50 MP phone sensors and stops decompression bombs. */
export const MAX_INPUT_PIXELS = 64_000_000;
/** HEIC is decoded in WebAssembly at four bytes a pixel: a lower cap keeps memory bounded. */
export const MAX_HEIC_PIXELS = 50_000_000;
/** Long side of the image the checks look at: thresholds are calibrated at this size. */
export const ANALYSIS_SIDE = 1000;

/** Interleaved 8-bit RGB pixels. */
export type Raster = { data: Buffer; width: number; height: number };

/** Full-resolution pixels as sharp can read them again for encoding. */
export type PixelSource =
  | { kind: 'encoded'; bytes: Buffer }
  | { kind: 'raw'; data: Buffer; width: number; height: number; channels: 3 | 4 };

/** A decoded upload: oriented size, the small analysis raster, and how to get the full pixels back. */
export type DecodedPhoto = { width: number; height: number; orientation: number; analysis: Raster; source: PixelSource };

/** What the file says about itself before any pixel is decoded. */
export type Header = { width: number; height: number; orientation: number; meta: sharp.Metadata | undefined };

/** Why a file could not be decoded: a user-facing condition, not a bug. */
export class DecodeFailure extends Error {
  /** Set when the file declares more pixels than we decode. */
  readonly size?: { width: number; height: number };
  constructor(message: string, options?: { cause?: unknown; size?: { width: number; height: number } }) {
    super(message, options);
    this.size = options?.size;
  }
}

/** Opens the full-resolution pixels in sharp with the orientation applied and the pixel cap in force. */
export function openPixels(source: PixelSource): sharp.Sharp {
  if (source.kind === 'encoded') return sharp(source.bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'warning' }).rotate();
  const { data, width, height, channels } = source;
  return sharp(data, { raw: { width, height, channels }, limitInputPixels: MAX_INPUT_PIXELS });
}

/** Reads dimensions and metadata without decoding pixels; throws DecodeFailure for broken or oversized files. */
export async function readHeader(bytes: Buffer, format: AcceptedFormat): Promise<Header> {
  if (format === 'bmp') return checkPixels(bmpHeader(bytes), MAX_INPUT_PIXELS);
  const meta = await sharp(bytes, { limitInputPixels: false }).metadata().catch((cause: unknown) => {
    throw new DecodeFailure(`metadata: ${String(cause)}`, { cause });
  });
  if (!meta.width || !meta.height) throw new DecodeFailure('no dimensions');
  // libheif applies the HEIF rotation boxes itself, so the EXIF orientation must not be applied again.
  const orientation = format === 'heic' ? 1 : meta.orientation ?? 1;
  const swap = orientation >= 5;
  const header = { width: swap ? meta.height : meta.width, height: swap ? meta.width : meta.height, orientation, meta };
  return checkPixels(header, format === 'heic' ? MAX_HEIC_PIXELS : MAX_INPUT_PIXELS);
}

function checkPixels(header: Header, cap: number): Header {
  if (header.width * header.height > cap) {
    throw new DecodeFailure(`${header.width}x${header.height} exceeds ${cap} pixels`, { size: { width: header.width, height: header.height } });
  }
  return header;
}

function bmpHeader(bytes: Buffer): Header {
  if (bytes.length < 26) throw new DecodeFailure('BMP header truncated');
  const core = bytes.readUInt32LE(14) === 12;
  const width = core ? bytes.readUInt16LE(18) : Math.abs(bytes.readInt32LE(18));
  const height = core ? bytes.readUInt16LE(20) : Math.abs(bytes.readInt32LE(22));
  if (!width || !height) throw new DecodeFailure('BMP without dimensions');
  return { width, height, orientation: 1, meta: undefined };
}

/** Decodes an accepted format into the analysis raster plus a source for full-resolution encoding. */
export async function decodePhoto(bytes: Buffer, format: AcceptedFormat, header: Header): Promise<DecodedPhoto> {
  try {
    if (format === 'heic' || format === 'bmp') {
      // A single-picture HEIC comes with its reduction made band by band during the conversion.
      const { reduced, ...pixels } = format === 'heic' ? await decodeHeicRgb(bytes, reductionFactor) : { ...toRgbInPlace(bmpPixels(bytes)), reduced: undefined };
      const analysis = reduced ? await finishShrink(reduced) : await shrinkRgb(pixels.data, pixels.width, pixels.height);
      return { width: pixels.width, height: pixels.height, orientation: 1, analysis, source: { kind: 'raw', ...pixels } };
    }
    const source: PixelSource = { kind: 'encoded', bytes };
    const analysis = await toRaster(
      openPixels(source).resize({ width: ANALYSIS_SIDE, height: ANALYSIS_SIDE, fit: 'inside', withoutEnlargement: true }),
    );
    return { width: header.width, height: header.height, orientation: header.orientation, analysis, source };
  } catch (cause) {
    if (cause instanceof DecodeFailure) throw cause;
    throw new DecodeFailure(`decode ${format}: ${String(cause)}`, { cause });
  }
}

/** Renders a sharp pipeline to 8-bit sRGB without alpha (transparent areas become white paper). */
export async function toRaster(pipeline: sharp.Sharp): Promise<Raster> {
  const { data, info } = await pipeline
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new DecodeFailure(`unexpected ${info.channels} channels`);
  return { data, width: info.width, height: info.height };
}

type RgbaPixels = { data: Buffer; width: number; height: number; channels: 4 };

function bmpPixels(bytes: Buffer): RgbaPixels {
  const image = decodeBmp(bytes, { toRGBA: true });
  const data = image.data;
  // bmp-ts writes alpha 0 for 24-bit files and BMP alpha is rarely meaningful: treat every pixel as opaque.
  for (let i = 3; i < data.length; i += 4) data[i] = 255;
  return { data, width: image.width, height: Math.abs(image.height), channels: 4 };
}

/** Drops the alpha bytes by compacting RGBA into RGB inside the same memory: no second full-size buffer. */
function toRgbInPlace(p: RgbaPixels): { data: Buffer; width: number; height: number; channels: 3 } {
  const d = p.data;
  const n = p.width * p.height;
  for (let i = 0, j = 0; i < n; i++, j += 4) {
    const o = i * 3;
    d[o] = d[j]!; d[o + 1] = d[j + 1]!; d[o + 2] = d[j + 2]!;
  }
  return { data: d.subarray(0, n * 3), width: p.width, height: p.height, channels: 3 };
}

/** The integer factor an image is box-averaged by before the last small step to the analysis size. */
export function reductionFactor(width: number, height: number): number {
  return Math.max(1, Math.floor(Math.max(width, height) / ANALYSIS_SIDE));
}

/**
 * Box-averages RGB by an integer factor in JS (much faster than handing 36 MB of raw pixels to sharp),
 * then lets sharp do the last small step to the analysis size.
 */
async function shrinkRgb(data: Buffer, width: number, height: number): Promise<Raster> {
  const reduced = createReduced(width, height, reductionFactor(width, height));
  averageRows(data, width, reduced, 0, reduced.height);
  return finishShrink(reduced);
}

async function finishShrink({ data, width: w, height: h }: Reduced): Promise<Raster> {
  if (Math.max(w, h) <= ANALYSIS_SIDE) return { data, width: w, height: h };
  return toRaster(sharp(data, { raw: { width: w, height: h, channels: 3 } }).resize({ width: ANALYSIS_SIDE, height: ANALYSIS_SIDE, fit: 'inside' }));
}
