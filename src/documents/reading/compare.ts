import { toSimplified } from '../../domain/chinese-script.ts';
import type { DocumentReading } from './types.ts';

/** What the registrant typed that the document can confirm (the profile's own field names). */
export type TypedValues = { name?: string; orgName?: string; idNumber?: string };

/** One field whose typed value differs from what the document says. */
export type Mismatch = { field: keyof TypedValues; typed: string; read: string };

/**
 * Compares what was typed with what was read, field by field, where both exist. Names are compared in simplified
 * script without spaces or middle-dot variants; numbers in upper case without spaces. An empty list: all typed matches.
 * @example compareWithTyped(reading, { name: '陈欣琦' }) // [{ field: 'name', typed: '陈欣琦', read: '陈欣琪' }]
 */
export function compareWithTyped(reading: DocumentReading, typed: TypedValues): Mismatch[] {
  const read = {
    name: reading.fields.name,
    orgName: reading.fields.orgName,
    idNumber: reading.fields.idNumber ?? reading.fields.uscc ?? reading.fields.documentNumber,
  };
  const mismatches: Mismatch[] = [];
  for (const field of ['name', 'orgName', 'idNumber'] as const) {
    const [mine, theirs] = [typed[field], read[field]];
    if (mine && theirs && comparable(mine, field) !== comparable(theirs, field)) mismatches.push({ field, typed: mine, read: theirs });
  }
  return mismatches;
}

function comparable(value: string, field: keyof TypedValues): string {
  const plain = value.normalize('NFKC').replace(/\s+/g, '');
  if (field === 'idNumber') return plain.toUpperCase();
  const han = toSimplified(plain).replace(/[·•・.]/g, '·').replace(/[（]/g, '(').replace(/[）]/g, ')').toUpperCase();
  // Latin names: a zone says SURNAME GIVEN, people type Given Surname; compare the words, not their order.
  return /\p{Script=Han}/u.test(han) ? han : value.toUpperCase().split(/[^A-Z]+/).filter(Boolean).sort().join(' ');
}
