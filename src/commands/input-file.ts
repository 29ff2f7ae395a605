import { open, stat } from 'node:fs/promises';
import type { CommandIo } from './validate.ts';
import { MAX_INPUT_BYTES } from '../photos/decode.ts';
import { DOCUMENTS, type DocumentKind } from '../domain/documents.ts';
import { PHOTO_KIND } from '../documents/photo-kind.ts';
import { DOCUMENT_PHOTO_KINDS, type DocumentPhotoKind } from '../photos/types.ts';

/** The photo a command was given: its bytes, or only its first bytes when it is over the input limit (never read whole). */
export type InputFile = { size: number; bytes: Buffer } | { size: number; head: Buffer; tooLarge: true };

/**
 * Reads the regular file a photo command was given, or answers undefined after telling the user what is wrong with the
 * path (missing, a folder, a device): one message for every command that reads a photo. A file over the input limit
 * is not read whole: its first 4 KB tell the format, its size is the verdict.
 * @example const input = await readInputFile('id.jpg', io); if (!input) return 2;
 */
export async function readInputFile(file: string, io: CommandIo): Promise<InputFile | undefined> {
  const size = await stat(file).then((s) => (s.isFile() ? s.size : undefined), () => undefined);
  if (size === undefined) {
    io.err(`no such file: ${file}`);
    return undefined;
  }
  const handle = await open(file);
  try {
    if (size <= MAX_INPUT_BYTES) return { size, bytes: await handle.readFile() };
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return { size, head: head.subarray(0, bytesRead), tooLarge: true };
  } finally {
    await handle.close();
  }
}

/** What `--doc` names: a document the registrar accepts (its kind) or only a family of photo checks. */
export type DocOption = { kind?: DocumentKind; photo: DocumentPhotoKind };

/** Every value `--doc` takes: the photo families, then the document kinds. */
export const DOC_VALUES: readonly string[] = [...new Set([...DOCUMENT_PHOTO_KINDS, ...Object.keys(DOCUMENTS)])];

/**
 * Parses a `--doc` value, or says which values it takes.
 * @example parseDocOption('travel_permit_hk_macao') // { kind: 'travel_permit_hk_macao', photo: 'permit' }
 */
export function parseDocOption(value: string): DocOption | string {
  if ((DOCUMENT_PHOTO_KINDS as readonly string[]).includes(value)) return { photo: value as DocumentPhotoKind };
  if (Object.hasOwn(DOCUMENTS, value)) return { kind: value as DocumentKind, photo: PHOTO_KIND[value as DocumentKind] };
  return `--doc must be one of ${DOC_VALUES.join(', ')}, not "${value}"`;
}
