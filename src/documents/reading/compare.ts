import { toSimplified } from '../../domain/chinese-script.ts';
import type { DocumentReading } from './types.ts';

/** What the registrant typed that the document can confirm (the profile's own field names). */
export type TypedValues = { name?: string; orgName?: string; idNumber?: string };

/** One field whose typed value differs from what the document says. */
export type Mismatch = { field: keyof TypedValues; typed: string; read: string };

const HAN = /\p{Script=Han}/u;

/**
 * Compares what was typed with what was read, field by field, where both exist. A name typed in Chinese is compared with
 * the document's Chinese name, one typed in Latin letters with its romanised name (a permit prints both; its zone only
 * the romanised one). Names are compared in simplified script without spaces or middle-dot variants; numbers in upper
 * case without spaces, a Hong Kong/Macao permit number by its lifelong first 9 characters. An empty list: all matches.
 * @example compareWithTyped(reading, { name: '陈欣琦' }) // [{ field: 'name', typed: '陈欣琦', read: '陈欣琪' }]
 */
export function compareWithTyped(reading: DocumentReading, typed: TypedValues): Mismatch[] {
  const { fields } = reading;
  const read = {
    name: typed.name && !HAN.test(typed.name) ? fields.nameLatin ?? latinOnly(fields.name) : hanOnly(fields.name),
    orgName: fields.orgName,
    idNumber: fields.idNumber ?? fields.uscc ?? fields.documentNumber,
  };
  const mismatches: Mismatch[] = [];
  for (const field of ['name', 'orgName', 'idNumber'] as const) {
    const [mine, theirs] = [typed[field], read[field]];
    if (mine && theirs && !same(mine, theirs, field)) mismatches.push({ field, typed: mine, read: theirs });
  }
  return mismatches;
}

const hanOnly = (name: string | undefined) => (name && HAN.test(name) ? name : undefined);
const latinOnly = (name: string | undefined) => (name && !HAN.test(name) ? name : undefined);

function same(typed: string, read: string, field: keyof TypedValues): boolean {
  const [a, b] = [typed, read].map((value) => value.normalize('NFKC').replace(/\s+/g, ''));
  if (field === 'idNumber') return lifelong(a!.toUpperCase()) === lifelong(b!.toUpperCase());
  if (HAN.test(a!)) return chinese(a!) === chinese(b!);
  return sameLatin(typed, read);
}

/** H/M + 8 digits is the Hong Kong/Macao permit's number for life; older cards add a 2-digit renewal count. */
function lifelong(number: string): string {
  return /^[HM]\d{10}$/.test(number) ? number.slice(0, 9) : number;
}

function chinese(name: string): string {
  return toSimplified(name).replace(/[·•・.]/g, '·').replace(/[（]/g, '(').replace(/[）]/g, ')').toUpperCase();
}

/**
 * Latin names: the same words in any order (a zone says SURNAME GIVEN, people type Given Surname), or the same letters
 * once both are joined in some order (a permit writes ZHANG, XIAOMING where people type Xiao Ming Zhang; OCR may drop
 * the spaces).
 */
function sameLatin(typed: string, read: string): boolean {
  const words = (name: string) => name.toUpperCase().split(/[^A-Z]+/).filter(Boolean);
  const [mine, theirs] = [words(typed), words(read)];
  if ([...mine].sort().join(' ') === [...theirs].sort().join(' ')) return true;
  const joined = (words: string[]) => new Set(permutations(words.slice(0, 4)).map((order) => order.join('')));
  const theirOrders = joined(theirs);
  return [...joined(mine)].some((order) => theirOrders.has(order));
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}
