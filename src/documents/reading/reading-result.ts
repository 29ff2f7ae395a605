import type { DocumentReading, ReadDocumentKind, ReadFieldName, ReadingProblem } from './types.ts';

/** Collects fields, their confidence and problems while a parser walks the rows. */
export function createReading(document: ReadDocumentKind) {
  const reading: DocumentReading = { document, fields: {}, confidence: {}, problems: [], hasText: true };
  return {
    reading,
    /** Records a field read with the given confidence; empty values are not fields. */
    set(field: ReadFieldName, value: string | undefined, confidence: number): void {
      if (!value) return;
      reading.fields[field] = value;
      reading.confidence[field] = Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100;
    },
    /** Records something the document itself says is wrong. */
    problem(problem: ReadingProblem): void {
      reading.problems.push(problem);
    },
  };
}
