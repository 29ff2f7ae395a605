import { decodePhoto, DecodeFailure, MAX_INPUT_BYTES, readHeader } from '../photos/decode.ts';
import { encodeForRegistrar } from '../photos/encode.ts';
import { isAcceptedFormat, sniffFormat } from '../photos/sniff.ts';
import type { ImageLimits } from '../photos/types.ts';

/** The registrar-ready bytes of a photo an agent accepts, or why none can be made (English, for the agent). */
export type Fitted = { ok: true; bytes: Buffer; format: 'jpeg' | 'bmp'; converted: boolean } | { ok: false; why: string };

const kb = (n: number) => `${Math.round(n / 1024)} KB`;

/**
 * Makes a photo the checks refused acceptable to the registrar with the photo pipeline's own fix step — upright,
 * metadata stripped, JPEG, re-encoded or scaled into `limits` — without judging its quality again (the agent did).
 * Bytes already in a registrar format and size are kept as they are. Runs on the calling thread: it is one agent
 * action, not every upload.
 * @example await fitForRegistrar(pngBytes, ALIBABA_API_LIMITS) // { ok: true, format: 'jpeg', converted: true, bytes }
 */
export async function fitForRegistrar(bytes: Buffer, limits: ImageLimits): Promise<Fitted> {
  const format = await sniffFormat(bytes);
  const fits = bytes.length >= limits.minBytes && bytes.length <= limits.maxBytes;
  if ((format === 'jpeg' || format === 'bmp') && (limits.formats as string[]).includes(format) && fits) return { ok: true, bytes, format, converted: false };
  if (!isAcceptedFormat(format)) return { ok: false, why: `the file is ${format === 'empty' ? 'empty' : `not a photo (${format})`}, so it cannot be converted` };
  if (bytes.length > MAX_INPUT_BYTES) return { ok: false, why: `the file is ${kb(bytes.length)}, more than the ${kb(MAX_INPUT_BYTES)} the bot decodes` };
  let encoded;
  try {
    const header = await readHeader(bytes, format);
    const decoded = await decodePhoto(bytes, format, header);
    encoded = await encodeForRegistrar({ bytes, format, ...decoded }, limits);
  } catch (error) {
    if (!(error instanceof DecodeFailure)) throw error;
    return { ok: false, why: error.size ? `it has ${error.size.width}×${error.size.height} pixels, more than the bot decodes` : `the ${format} file cannot be decoded (damaged or cut off)` };
  }
  if (!encoded.ok) {
    return { ok: false, why: encoded.reason === 'below_min'
      ? `even at the highest JPEG quality it is ${kb(encoded.bytes)}, under the registrar's minimum of ${kb(limits.minBytes)}`
      : `it stays above the registrar's maximum of ${kb(limits.maxBytes)} even scaled down as far as the registrar allows` };
  }
  return { ok: true, bytes: encoded.output.bytes, format: 'jpeg', converted: true };
}
