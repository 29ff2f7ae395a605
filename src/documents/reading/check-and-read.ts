import { sniffFormat } from '../../photos/sniff.ts';
import type { PhotoReport } from '../../photos/types.ts';

/** Formats the reader's own decoder (sharp, in the reading worker) opens; HEIC and BMP are read from the checked JPEG. */
const READ_AS_UPLOADED = new Set(['jpeg', 'png', 'webp']);

/**
 * The photo check and the reading of the document at once: on two cores the read (about half a second of ONNX on one
 * thread) no longer waits for the check (sharp on the other). A photo the reader cannot decode as uploaded is read from
 * the check's registrar JPEG once it exists. A refused photo is answered at once; its reading is dropped.
 * @example const { report, reading } = await checkAndRead(jpeg, (b) => inspector.inspect(b, { doc: 'id_card' }), read);
 */
export async function checkAndRead<R>(
  bytes: Buffer, check: (bytes: Buffer) => Promise<PhotoReport>, read: (bytes: Buffer) => Promise<R>,
): Promise<{ report: PhotoReport; reading?: R }> {
  const early = READ_AS_UPLOADED.has(await sniffFormat(bytes)) ? read(bytes) : undefined;
  early?.catch(() => undefined);  // dropped when the check refuses the photo
  const report = await check(bytes);
  if (!report.ok || !report.output) return { report };
  return { report, reading: await (early ?? read(report.output.bytes)) };
}
