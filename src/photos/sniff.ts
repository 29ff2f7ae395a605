import { fileTypeFromBuffer } from 'file-type';

/** Formats we take in and convert; everything else is answered with what the file really is. */
export const ACCEPTED_FORMATS = ['jpeg', 'png', 'bmp', 'heic', 'webp'] as const;

/** A format the bot can decode and convert to JPEG. */
export type AcceptedFormat = (typeof ACCEPTED_FORMATS)[number];

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** True when the detected format is one the bot accepts. */
export function isAcceptedFormat(format: string): format is AcceptedFormat {
  return (ACCEPTED_FORMATS as readonly string[]).includes(format);
}

/**
 * Names the format from the bytes alone, never from the file name or MIME type.
 * @example await sniffFormat(readFileSync('scan.jpg')) // 'pdf' when it is really a PDF
 */
export async function sniffFormat(bytes: Buffer): Promise<string> {
  if (bytes.length === 0) return 'empty';
  const image = sniffImage(bytes);
  if (image) return image;
  if (startsWith(bytes, '%PDF')) return 'pdf';
  if (looksLikeText(bytes)) return /^\s*(<\?xml[^>]*>\s*)?<svg/i.test(head(bytes)) ? 'svg' : 'text';
  const found = await fileTypeFromBuffer(bytes).catch(() => undefined);
  return found?.ext ?? 'unknown';
}

function sniffImage(b: Buffer): string | undefined {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (startsWith(b, '\x89PNG\r\n\x1a\n')) return 'png';
  if (startsWith(b, 'RIFF') && b.subarray(8, 12).toString('latin1') === 'WEBP') return 'webp';
  if (startsWith(b, 'GIF87a') || startsWith(b, 'GIF89a')) return 'gif';
  if (startsWith(b, 'II*\0') || startsWith(b, 'MM\0*')) return 'tiff';
  if (startsWith(b, 'BM') && b.length >= 26 && b.readUInt32LE(14) >= 12) return 'bmp';
  if (b.length >= 12 && b.subarray(4, 8).toString('latin1') === 'ftyp') return sniffIsoBrands(b);
  return undefined;
}

function sniffIsoBrands(b: Buffer): string | undefined {
  const boxSize = Math.min(b.readUInt32BE(0), b.length, 256);
  const brands = [b.subarray(8, 12).toString('latin1')];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(b.subarray(at, at + 4).toString('latin1'));
  if (AVIF_BRANDS.has(brands[0]!)) return 'avif';
  if (brands.some((brand) => HEIC_BRANDS.has(brand))) return 'heic';
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return 'avif';
  if (brands.includes('mif1') || brands.includes('msf1')) return 'heic';
  return undefined;
}

function startsWith(b: Buffer, magic: string): boolean {
  return b.length >= magic.length && b.subarray(0, magic.length).toString('latin1') === magic;
}

function head(b: Buffer): string {
  return b.subarray(0, 512).toString('utf8');
}

/** Plain text (UTF-8 without control bytes other than whitespace) in the first kilobyte. */
function looksLikeText(b: Buffer): boolean {
  const sample = b.subarray(0, 1024);
  for (const byte of sample) {
    if (byte === 0 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c)) return false;
  }
  // A multi-byte character cut at the end of the sample decodes as U+FFFD: ignore the last few characters.
  return !sample.toString('utf8').slice(0, -3).includes('\ufffd');
}

const EXTENSION_FORMATS: Record<string, string> = {
  jpg: 'jpeg', jpeg: 'jpeg', jpe: 'jpeg', jfif: 'jpeg', png: 'png', bmp: 'bmp', dib: 'bmp',
  heic: 'heic', heif: 'heic', hif: 'heic', webp: 'webp', gif: 'gif', tif: 'tiff', tiff: 'tiff',
  avif: 'avif', pdf: 'pdf', txt: 'text', svg: 'svg',
};

/** The format a file name claims (by its extension), or undefined when the name says nothing we know. */
export function formatFromFileName(fileName: string | undefined): string | undefined {
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(fileName ?? '')?.[1]?.toLowerCase();
  return ext ? EXTENSION_FORMATS[ext] : undefined;
}

/** The extension exactly as the user's file name spells it, e.g. ".JPG". */
export function extensionOf(fileName: string | undefined): string | undefined {
  return /(\.[A-Za-z0-9]{1,5})$/.exec(fileName ?? '')?.[1];
}
