import type { TextReader } from '../../photos/read/reader.ts';
import { readFields, type ExpectedDocument } from './read-fields.ts';
import type { DocumentReading } from './types.ts';

/** The reading of one photo, or why its text could not be read (then nothing is refused for it). */
export type ReadAttempt = { ok: true; reading: DocumentReading; ms: number } | { ok: false; reason: 'timed_out' | 'failed' | 'closed' };

/**
 * Reads a checked document photo: OCR on the reader's worker (which already tries the four rotations when the first
 * finds little text), then the parser for the document.
 * @example const attempt = await readDocument(reader, jpeg, 'id_card'); if (attempt.ok) attempt.reading.fields.name
 */
export async function readDocument(reader: TextReader, bytes: Buffer, expected: ExpectedDocument = 'other'): Promise<ReadAttempt> {
  const outcome = await reader.read(bytes);
  if (!outcome.ok) return outcome;
  return { ok: true, reading: readFields(outcome.result.lines, expected), ms: outcome.ms };
}
