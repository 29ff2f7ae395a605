import type { OcrLine, OcrResult } from '../../photos/read/ocr-engine.ts';
import type { TextReader } from '../../photos/read/reader.ts';
import { findIdNumber, findUscc } from './numbers.ts';
import { readFields, type ExpectedDocument } from './read-fields.ts';
import { clean } from './rows.ts';
import type { DocumentReading, ReadingProblem, ReadingProblemCode } from './types.ts';

/**
 * The reading of one photo, or why its text could not be read (then nothing is refused for it). `misread`: the problems
 * of the first read that reading a line again cleared (they are not the document's).
 */
export type ReadAttempt =
  | { ok: true; reading: DocumentReading; ms: number; misread?: ReadingProblem[] }
  | { ok: false; reason: 'timed_out' | 'failed' | 'closed' };

/** Problems a misread can cause, and the lines worth reading again for each. */
const REREAD: Partial<Record<ReadingProblemCode, (text: string) => boolean>> = {
  id_number_check: (text) => findIdNumber(clean(text)) !== undefined,
  birth_date_differs: (text) => findIdNumber(clean(text)) !== undefined || /\d{4}年/.test(text),
  uscc_check: (text) => findUscc(clean(text)) !== undefined,
};

/**
 * Reads a checked document photo: OCR on the reader's worker (which already tries the four rotations when the first
 * finds little text), then the parser for the document. A number failing its check character, or a birth date differing
 * from the number's, is first taken for a misread: its line is read again (sharper, turned, larger) and a reading
 * without the problem wins; only when none has it is the problem the document's.
 * @example const attempt = await readDocument(reader, jpeg, 'id_card'); if (attempt.ok) attempt.reading.fields.name
 */
export async function readDocument(reader: TextReader, bytes: Buffer, expected: ExpectedDocument = 'other'): Promise<ReadAttempt> {
  const outcome = await reader.read(bytes);
  if (!outcome.ok) return outcome;
  const first = readFields(outcome.result.lines, expected);
  if (!first.problems.some((p) => REREAD[p.code])) return { ok: true, reading: first, ms: outcome.ms };
  const started = performance.now();
  const again = await reread(reader, bytes, outcome.result, first, expected);
  const ms = outcome.ms + Math.round(performance.now() - started);
  return again ? { ok: true, reading: again, ms, misread: first.problems } : { ok: true, reading: first, ms };
}

async function reread(reader: TextReader, bytes: Buffer, result: OcrResult, first: DocumentReading, expected: ExpectedDocument): Promise<DocumentReading | undefined> {
  const suspects = result.lines.filter((line) => first.problems.some((p) => REREAD[p.code]?.(line.text)));
  for (const suspect of suspects) {
    const again = await reader.reread(bytes, { rotation: result.rotation, width: result.width, height: result.height, line: suspect.box.line });
    if (!again.ok) return undefined;
    for (const variant of again.result.lines) {
      const lines: OcrLine[] = result.lines.map((line) => (line === suspect ? { ...line, text: variant.text, confidence: variant.confidence } : line));
      const reading = readFields(lines, expected);
      // A variant that clears the problem by losing the field (a number read too short) is no better than the first.
      const keepsFields = Object.keys(first.fields).every((field) => field in reading.fields);
      if (keepsFields && !reading.problems.some((p) => REREAD[p.code])) return reading;
    }
  }
  return undefined;
}
