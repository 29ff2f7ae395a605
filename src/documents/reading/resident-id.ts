import { birthDateState } from '../../domain/identifiers/id-number.ts';
import { chineseName, nameAfterLabel, valueAfter } from './labels.ts';
import { findIdNumber } from './numbers.ts';
import { createReading } from './reading-result.ts';
import type { Row } from './rows.ts';
import type { DocumentReading } from './types.ts';

const NAME_LABELS = ['姓\\s*名', '[娃性姓]名', '^姓'];
const NUMBER_LABELS = ['公民身份号码', '身份号码', '号码'];

/**
 * The front of a resident ID card: name, sex, ethnicity, birth date, address and the 18-character number. A number
 * that fails its check character, or a printed birth date that differs from the one inside the number, is a problem.
 * @example parseResidentIdFront(toRows(lines)).fields // { name: '陈欣琪', idNumber: '110101199004230024', … }
 */
export function parseResidentIdFront(rows: readonly Row[]): DocumentReading {
  const out = createReading('resident_id_front');
  const number = findNumber(rows);
  if (number) {
    out.set('idNumber', number.value, number.valid ? number.confidence : number.confidence / 2);
    if (!number.valid) {
      out.problem({ code: 'id_number_check', message: {
        en: `The number on the card (${number.value}) fails its own check character: it was misread, or the card is not genuine.`,
        zh: `证件上的号码（${number.value}）未通过校验位核验：可能识别有误，或证件有问题。`,
      } });
    }
  }
  const name = nameAfterLabel(rows, NAME_LABELS);
  if (name) out.set('name', name.value, name.row.confidence);
  const sex = valueAfter(rows, ['性\\s*别', '^性']);
  const sexValue = /[男女]/.exec(sex?.value ?? '')?.[0];
  if (sex && sexValue) out.set('sex', sexValue, sex.row.confidence);
  const ethnicity = valueAfter(rows, ['民\\s*族', '^民']);
  if (ethnicity) out.set('ethnicity', chineseName(ethnicity.value).slice(0, 6), ethnicity.row.confidence);
  readBirthDate(rows, out, number?.valid ? number.value : undefined);
  readAddress(rows, out);
  return out.reading;
}

function findNumber(rows: readonly Row[]): { value: string; valid: boolean; confidence: number } | undefined {
  const labelled = valueAfter(rows, NUMBER_LABELS);
  const candidates = labelled ? [labelled.row, ...rows] : rows;
  let fallback: { value: string; valid: boolean; confidence: number } | undefined;
  for (const row of candidates) {
    const found = findIdNumber(row.text);
    if (found?.valid) return { ...found, confidence: row.confidence };
    if (found && !fallback) fallback = { ...found, confidence: row.confidence };
  }
  return fallback;
}

function readBirthDate(rows: readonly Row[], out: ReturnType<typeof createReading>, number: string | undefined): void {
  const row = rows.find((r) => /\d{4}年\d{1,2}月\d{1,2}日?/.test(r.text));
  const match = row && /(\d{4})年(\d{1,2})月(\d{1,2})/.exec(row.text);
  if (!row || !match) return;
  const date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  if (birthDateState(date.replace(/-/g, ''), new Date()) !== 'ok') return;  // a misread date is not read
  out.set('birthDate', date, row.confidence);
  const inNumber = number && `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  if (inNumber && inNumber !== date) {
    out.problem({ code: 'birth_date_differs', message: {
      en: `The birth date printed on the card (${date}) differs from the one inside its number (${inNumber}).`,
      zh: `证件上印的出生日期（${date}）与号码中的出生日期（${inNumber}）不一致。`,
    } });
  }
}

function readAddress(rows: readonly Row[], out: ReturnType<typeof createReading>): void {
  const start = valueAfter(rows, ['住\\s*址', '^住', '^址']);
  if (!start) return;
  const parts = [start.value];
  let confidence = start.row.confidence;
  for (const row of rows.slice(start.index + 1)) {
    if (/号码|\d{17}/.test(row.text)) break;
    parts.push(row.text);
    confidence = Math.min(confidence, row.confidence);
  }
  out.set('address', parts.join(''), confidence);
}
