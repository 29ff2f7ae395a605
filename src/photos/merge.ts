import sharp from 'sharp';
import { decodePhoto, DecodeFailure, openPixels, readHeader, type PixelSource } from './decode.ts';
import { encodeForRegistrar } from './encode.ts';
import { cannotFit, unreadable, unsupportedFormat } from './intake-rules.ts';
import { verdict } from './inspect.ts';
import { isAcceptedFormat, sniffFormat } from './sniff.ts';
import { SEED_LIMITS, type MergeOptions, type PhotoReport } from './types.ts';

/** White space between the two sides, like the gap people leave when pasting them in Paint. */
const GAP = 40;
/** The merged image is at most this wide (stacked) or tall (side by side): plenty for legible text, small enough to upload. */
const MAX_SIDE = 2000;

/**
 * Puts the front and back of an ID card into one JPEG (stacked by default, or side by side), as the registrar asks,
 * then fits it to the limits. Both sides are scaled to the same width (or height), never cropped or retouched.
 * @example const merged = await mergeFrontBack(front.output!.bytes, back.output!.bytes, { limits });
 */
export async function mergeFrontBack(front: Buffer, back: Buffer, opts: MergeOptions = {}): Promise<PhotoReport> {
  const started = performance.now();
  const sides = await Promise.all([openSide(front), openSide(back)]);
  const failed = sides.find((side): side is { problem: PhotoReport } => 'problem' in side);
  if (failed) return failed.problem;
  const [a, b] = sides as Side[];
  const stacked = (opts.layout ?? 'stacked') === 'stacked';
  const canvas = await compose(a!, b!, stacked);
  const limits = opts.limits ?? SEED_LIMITS;
  const encoded = await encodeForRegistrar({ bytes: Buffer.alloc(0), format: 'raw', orientation: 1, width: canvas.width, height: canvas.height, source: canvas.source }, limits);
  const metrics: Record<string, number> = { merge_ms: Math.round(performance.now() - started) };
  if (!encoded.ok) return verdict('jpeg', [cannotFit(encoded.reason, encoded.reason === 'above_max' ? limits.maxBytes : limits.minBytes)], { width: canvas.width, height: canvas.height }, metrics);
  metrics.output_bytes = encoded.output.bytes.length;
  return { ...verdict('jpeg', [], { width: encoded.output.width, height: encoded.output.height }, metrics), output: encoded.output };
}

type Side = { source: PixelSource; width: number; height: number };

/** Only BMP and HEIC need decoding up front; sharp reads the other formats straight from their bytes. */
async function openSide(bytes: Buffer): Promise<Side | { problem: PhotoReport }> {
  const format = await sniffFormat(bytes);
  if (!isAcceptedFormat(format)) return { problem: verdict(format, [unsupportedFormat(format, undefined)]) };
  try {
    const header = await readHeader(bytes, format);
    if (format !== 'bmp' && format !== 'heic') return { source: { kind: 'encoded', bytes }, width: header.width, height: header.height };
    const photo = await decodePhoto(bytes, format, header);
    return { source: photo.source, width: photo.width, height: photo.height };
  } catch (error) {
    if (error instanceof DecodeFailure) return { problem: verdict(format, [unreadable(format)]) };
    throw error;
  }
}

/** Scales both sides to a common width (stacked) or height (side by side) and pastes them on a white canvas. */
async function compose(a: Side, b: Side, stacked: boolean) {
  const along = (side: Side) => (stacked ? side.width : side.height);
  const size = Math.min(along(a), along(b), MAX_SIDE);
  const fitted = await Promise.all([a, b].map(async (side) => {
    const resized = openPixels(side.source).resize(stacked ? { width: size } : { height: size }).removeAlpha();
    const { data, info } = await resized.raw().toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  }));
  const [x, y] = fitted as [typeof fitted[0], typeof fitted[0]];
  const width = stacked ? size : x.width + GAP + y.width;
  const height = stacked ? x.height + GAP + y.height : size;
  const data = await sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite([
      { input: x.data, raw: { width: x.width, height: x.height, channels: 3 }, left: 0, top: 0 },
      { input: y.data, raw: { width: y.width, height: y.height, channels: 3 }, left: stacked ? 0 : x.width + GAP, top: stacked ? x.height + GAP : 0 },
    ])
    .raw()
    .toBuffer();
  return { width, height, source: { kind: 'raw' as const, data, width, height, channels: 3 as const } };
}
