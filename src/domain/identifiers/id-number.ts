import type { Localized } from '../../i18n/localized.ts';
import { firstBadChar } from '../text.ts';
import { accept, reject, type Verdict } from '../verdict.ts';
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

/** How a document built like the ID number is named in messages: code prefix, the document, an example for bad dates. */
export type IdNumberWording = { codePrefix: string; document: Localized; birthDateExample?: string };

/**
 * The verdict on the problems left once the characters and the length are right: the birth date, a future birth date
 * and the check character, or acceptance. Codes are `<codePrefix>_birth_date`, `_future` and `_check`.
 * @example idNumberVerdict('110105194912310021', { kind: 'check' }, { codePrefix: 'resident_id', document: { en: 'card', zh: '身份证' } })
 */
export function idNumberVerdict(id: string, problem: Exclude<IdNumberProblem, { kind: 'charset' | 'length' }>, wording: IdNumberWording): Verdict {
  const { codePrefix, document, birthDateExample: example } = wording;
  switch (problem.kind) {
    case 'birth_date':
      return reject(`${codePrefix}_birth_date`,
        `Digits 7–14 are the date of birth, but ${problem.date} is not a real date. Please check the number against the ${document.en}${example ? `, e.g. ${example}` : ''}.`,
        `第7至14位是出生日期，但 ${problem.date} 不是有效日期。请对照${document.zh}核对号码${example ? `，例如 ${example}` : ''}。`);
    case 'future':
      return reject(`${codePrefix}_future`,
        `Digits 7–14 give a date of birth of ${problem.date}, which is in the future. Please check the number against the ${document.en}.`,
        `第7至14位的出生日期为 ${problem.date}，晚于今天。请对照${document.zh}核对号码。`);
    case 'check':
      return reject(`${codePrefix}_check`,
        `The number ${id} fails its check (the last character does not match the first 17 digits), so a digit is probably mistyped. Please copy it again from the ${document.en}.`,
        `号码 ${id} 未通过校验（最后一位与前17位不符），可能有数字输错。请对照${document.zh}重新输入。`);
    default:
      return accept(id);
  }
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
