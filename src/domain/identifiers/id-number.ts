import { firstBadChar } from '../text.ts';
import { mod112CheckChar } from './mod11-2.ts';

/** What is wrong with an 18-character number built like the citizen ID number (GB 11643-1999), or `ok`. */
export type IdNumberProblem =
  | { kind: 'ok' }
  | { kind: 'length' }
  | { kind: 'charset'; char: string; position: number }
  | { kind: 'birth_date'; date: string }
  | { kind: 'future'; date: string }
  | { kind: 'check' };

/**
 * Inspects an already normalised 18-character number: 17 digits and a digit or X, a real birth date
 * (positions 7–14) that is not after `today`, and the MOD 11-2 check character.
 */
export function inspectIdNumber(id: string, today: Date, options: { checkBirthDate: boolean } = { checkBirthDate: true }): IdNumberProblem {
  const body = firstBadChar(id.slice(0, 17), /[0-9]/);
  if (body) return { kind: 'charset', ...body };
  const last = firstBadChar(id.slice(17), /[0-9X]/);
  if (last) return { kind: 'charset', char: last.char, position: last.position + 17 };
  if (id.length !== 18) return { kind: 'length' };
  if (options.checkBirthDate) {
    const date = id.slice(6, 14);
    const state = birthDateState(date, today);
    if (state !== 'ok') return { kind: state, date: formatDate(date) };
  }
  return mod112CheckChar(id.slice(0, 17)) === id.charAt(17) ? { kind: 'ok' } : { kind: 'check' };
}

/**
 * Whether `yyyymmdd` is a real calendar date from 1900 on (leap days included) and not after `today`,
 * taken as the calendar date in China (UTC+8), where these documents are issued.
 */
export function birthDateState(yyyymmdd: string, today: Date): 'ok' | 'birth_date' | 'future' {
  if (!/^\d{8}$/.test(yyyymmdd)) return 'birth_date';
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || year < 1900) return 'birth_date';
  const china = new Date(today.getTime() + 8 * 3_600_000);
  const todayKey = china.getUTCFullYear() * 10_000 + (china.getUTCMonth() + 1) * 100 + china.getUTCDate();
  return year * 10_000 + month * 100 + day > todayKey ? 'future' : 'ok';
}

/** `YYYYMMDD` written as `YYYY-MM-DD` for messages. */
export function formatDate(yyyymmdd: string): string {
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}
