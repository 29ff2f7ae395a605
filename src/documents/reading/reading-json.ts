import type { DocumentReading } from './types.ts';

/** The JSON shape of a reading, shared by `dvbot read-document` and `dvbot check-photo` (messages in English). */
export function readingToJson(reading: DocumentReading): Record<string, unknown> {
  return {
    document: reading.document, fields: reading.fields, confidence: reading.confidence,
    problems: reading.problems.map((p) => ({ code: p.code, message: p.message.en })),
    ...(reading.hasText ? {} : { hasText: false }),
  };
}
