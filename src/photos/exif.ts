/** The few EXIF facts the checks need; everything else in the block is ignored. */
export type ExifFacts = {
  make?: string;
  model?: string;
  software?: string;
  userComment?: string;
  dateTimeOriginal?: string;
  modifyDate?: string;
  /** Exposure time, ISO or f-number present: written by cameras, not by screen grabbers. */
  hasCameraSettings: boolean;
  hasGps: boolean;
};

const TAG = {
  make: 0x010f, model: 0x0110, software: 0x0131, modifyDate: 0x0132, exifIfd: 0x8769, gpsIfd: 0x8825,
  exposureTime: 0x829a, fNumber: 0x829d, iso: 0x8827, dateTimeOriginal: 0x9003, userComment: 0x9286,
} as const;

type Entry = { type: number; count: number; valueAt: number };

/**
 * Reads a raw EXIF block (as sharp's `metadata().exif` returns it, with or without the "Exif\0\0" prefix).
 * Malformed blocks give whatever could be read; this never throws.
 */
export function readExif(block: Buffer | undefined): ExifFacts {
  const facts: ExifFacts = { hasCameraSettings: false, hasGps: false };
  if (!block || block.length < 14) return facts;
  const tiff = block.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? block.subarray(6) : block;
  try {
    const little = tiff.subarray(0, 2).toString('latin1') === 'II';
    const ifd0 = readIfd(tiff, little, u32(tiff, 4, little));
    Object.assign(facts, pickStrings(tiff, ifd0, ['make', 'model', 'software', 'modifyDate']));
    facts.hasGps = ifd0.has(TAG.gpsIfd);
    const exifAt = ifd0.get(TAG.exifIfd);
    if (exifAt) {
      const exifIfd = readIfd(tiff, little, u32(tiff, exifAt.valueAt, little));
      Object.assign(facts, pickStrings(tiff, exifIfd, ['dateTimeOriginal']));
      facts.userComment = readUserComment(tiff, little, exifIfd.get(TAG.userComment));
      facts.hasCameraSettings = [TAG.exposureTime, TAG.fNumber, TAG.iso].some((tag) => exifIfd.has(tag));
    }
  } catch {
    // A broken EXIF block is not the user's problem: keep what was read so far.
  }
  return facts;
}

function readIfd(tiff: Buffer, little: boolean, offset: number): Map<number, Entry> {
  const entries = new Map<number, Entry>();
  const count = Math.min(u16(tiff, offset, little), 512);
  for (let i = 0; i < count; i++) {
    const at = offset + 2 + i * 12;
    const type = u16(tiff, at + 2, little);
    const n = u32(tiff, at + 4, little);
    const size = (TYPE_SIZES[type] ?? 1) * n;
    entries.set(u16(tiff, at, little), { type, count: n, valueAt: size <= 4 ? at + 8 : u32(tiff, at + 8, little) });
  }
  return entries;
}

const TYPE_SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 9: 4, 10: 8 };

function pickStrings<K extends keyof typeof TAG>(tiff: Buffer, ifd: Map<number, Entry>, keys: K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const entry = ifd.get(TAG[key]);
    if (entry?.type !== 2) continue;
    const text = clean(tiff.subarray(entry.valueAt, entry.valueAt + Math.min(entry.count, 256)).toString('latin1'));
    if (text) out[key] = text;
  }
  return out;
}

/** UserComment starts with an 8-byte character-code prefix ("ASCII\0\0\0", "UNICODE\0", …). */
function readUserComment(tiff: Buffer, little: boolean, entry: Entry | undefined): string | undefined {
  if (!entry || entry.count <= 8) return undefined;
  const bytes = tiff.subarray(entry.valueAt, entry.valueAt + Math.min(entry.count, 512));
  const code = bytes.subarray(0, 8).toString('latin1');
  const body = bytes.subarray(8);
  const even = body.subarray(0, body.length - (body.length % 2));
  // Copy before swapping: the block is a view of the caller's buffer.
  const text = !code.startsWith('UNICODE') ? body.toString('utf8') : little ? even.toString('utf16le') : Buffer.from(even).swap16().toString('utf16le');
  return clean(text) || undefined;
}

function clean(text: string): string {
  return text.replace(/\0+$/g, '').replace(/[\0-\x1f]/g, ' ').trim();
}

function u16(b: Buffer, at: number, little: boolean): number {
  return little ? b.readUInt16LE(at) : b.readUInt16BE(at);
}

function u32(b: Buffer, at: number, little: boolean): number {
  return little ? b.readUInt32LE(at) : b.readUInt32BE(at);
}
