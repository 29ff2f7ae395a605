import { parseBusinessLicense } from './business-license.ts';
import { parseMrz } from './mrz-zone.ts';
import { parseOneLineZone } from './permit-zone.ts';
import { parseResidentIdBack } from './resident-id-back.ts';
import { parseResidentIdFront } from './resident-id.ts';
import { toRows, type Row } from './rows.ts';
import type { DocumentReading, TextLine } from './types.ts';

/** What the photo is expected to show, in the photo checks' terms (`id_card`, `certificate`, `passport`, `permit`). */
export type ExpectedDocument = 'id_card' | 'certificate' | 'passport' | 'permit' | 'other';

/**
 * Lines of two or more characters read at least this surely count as document text. "No text" refuses a photo, so the
 * line sits far from what real photos give: pure noise and blank frames yield no line at all, a photo of a card with
 * pseudo-type lines of 0.50–0.66, real print 0.9 and above.
 */
const TEXT_CONFIDENCE = 0.45;

/**
 * Turns the OCR lines of one photo into the fields the registry compares, choosing the parser from the labels found
 * (or the expected document). A photo with no text at all gets `hasText: false`; text that fits no document gets
 * `document: null` and no fields.
 * @example readFields(lines, 'id_card') // { document: 'resident_id_front', fields: { name: '陈欣琪', idNumber: '…' }, … }
 */
export function readFields(lines: readonly TextLine[], expected: ExpectedDocument = 'other', today: Date = new Date()): DocumentReading {
  const rows = toRows(lines.filter((l) => l.text.trim().length > 0));
  const hasText = rows.some((r) => r.confidence >= TEXT_CONFIDENCE && r.text.length >= 2);
  const none: DocumentReading = { document: null, fields: {}, confidence: {}, problems: [], hasText };
  if (!hasText) return none;
  const all = rows.map((r) => r.text).join('\n');
  const zoned = expected === 'passport' || expected === 'permit' || expected === 'other';
  const mrz = zoned ? parseMrz(rows) : undefined;
  if (mrz && Object.keys(mrz.fields).length > 0) return mrz;
  const permit = zoned ? parseOneLineZone(rows) : undefined;
  if (permit) return permit;
  if (expected === 'certificate' || /营业执照|信用代码/.test(all)) return nonEmpty(parseBusinessLicense(rows)) ?? none;
  if (isIdBack(rows, all)) return nonEmpty(parseResidentIdBack(rows, today)) ?? none;
  if (expected === 'id_card' || /身份号码|姓名|民族/.test(all)) return nonEmpty(parseResidentIdFront(rows)) ?? none;
  return none;
}

function isIdBack(rows: readonly Row[], all: string): boolean {
  return /签发机关|有效期限|居民身份证/.test(all) && !rows.some((r) => /身份号码/.test(r.text));
}

function nonEmpty(reading: DocumentReading): DocumentReading | undefined {
  return Object.keys(reading.fields).length > 0 || reading.problems.length > 0 ? reading : undefined;
}
