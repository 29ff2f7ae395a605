import { birthDateState } from '../../domain/identifiers/id-number.ts';
import type { Row } from './rows.ts';
import type { ReadingProblem } from './types.ts';

/** One printed date: 2015.04.23, 2015-04-23, 20150423 (separators misread as · or ,) or 2015年4月23日. */
const DATE = String.raw`(\d{4})(?:[.\-·,]?(\d{2})[.\-·,]?(\d{2})|年(\d{1,2})月(\d{1,2})日?)`;
const PERIOD = new RegExp(`${DATE}\\D{0,2}(?:${DATE}|(长期))`);

/** A validity period as printed (有效期限 2015.04.23-2035.04.23, or …-长期), and the row it was read on. */
export type Validity = { validFrom: string; validUntil: string; row: Row };

/**
 * The first row holding a validity period: two dates, or a date and 长期 (no end).
 * @example findValidity(toRows([at('有效期限2015.04.23-2035.04.23', 0)]))?.validUntil // '2035-04-23'
 */
export function findValidity(rows: readonly Row[]): Validity | undefined {
  for (const row of rows) {
    const match = PERIOD.exec(row.text);
    if (!match) continue;
    const validFrom = isoOf(match.slice(1, 6));
    const validUntil = match[11] ?? isoOf(match.slice(6, 11));
    if (validFrom && validUntil) return { validFrom, validUntil, row };
  }
  return undefined;
}

/**
 * The first real, past date printed on a row after one of the labels (出生日期, 出生 …), or on the row below it.
 * @example findPrintedBirthDate(rows, ['出生日期', '出生']) // { date: '1990-04-23', row }
 */
export function findPrintedBirthDate(rows: readonly Row[], labels: readonly string[], today: Date = new Date()): { date: string; row: Row } | undefined {
  const single = new RegExp(DATE);
  for (const label of labels) {
    const index = rows.findIndex((row) => new RegExp(label).test(row.text));
    if (index < 0) continue;
    for (const row of rows.slice(index, index + 2)) {
      const after = row === rows[index] ? row.text.slice(new RegExp(label).exec(row.text)!.index) : row.text;
      const match = single.exec(after);
      const date = match && isoOf(match.slice(1, 6));
      if (date && birthDateState(date.replace(/-/g, ''), today) === 'ok') return { date, row };
    }
  }
  return undefined;
}

/** The document's own refusal when its validity has ended before `today`: stated with its date. */
export function expiredProblem(validUntil: string, today: Date): ReadingProblem | undefined {
  if (validUntil === '长期' || validUntil >= today.toISOString().slice(0, 10)) return undefined;
  return { code: 'expired', message: {
    en: `This document expired on ${validUntil}. The registry needs a valid document: please use your renewed one.`,
    zh: `该证件已于 ${validUntil} 过期。注册局要求有效证件，请使用换领后的新证件。`,
  } };
}

/** [year, month, day] or [year, , , month, day] as YYYY-MM-DD when it is a real calendar date. */
function isoOf(parts: ReadonlyArray<string | undefined>): string | undefined {
  const [year, month, day] = [parts[0], parts[1] ?? parts[3], parts[2] ?? parts[4]];
  if (!year || !month || !day) return undefined;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}
