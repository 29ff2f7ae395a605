import { validateForeignPermanentResidentId } from '../../domain/identifiers/foreign-permanent-resident-id.ts';
import { nameAfterLabel, valueAfter } from './labels.ts';
import { findForeignPr2017Number, findIdNumber } from './numbers.ts';
import { findPrintedBirthDate, findValidity } from './printed-dates.ts';
import { createReading } from './reading-result.ts';
import type { Row } from './rows.ts';
import { findLatinName } from './travel-permit.ts';
import type { DocumentReading } from './types.ts';

const NAME_LABELS = ['姓\\s*名', '[娃性姓]名', 'Name'];
const NUMBER_LABELS = ['证件号码', '号码', 'Card\\s*No'];

/**
 * The Foreign Permanent Resident ID Card (外国人永久居留身份证), read from its printed labelled fields: the romanised
 * name after 姓名/Name and the Chinese name below it (when the card has one), 性别, 出生日期, 国籍, 有效期限 and the card
 * number: the 2017 card's 15 characters (3-letter country code + 12 digits) or the 2023 card's 18, which start with 9
 * and end with a MOD 11-2 check character. A number failing that check is a problem.
 * @example parseForeignPermanentResidentId(toRows(lines)).fields // { nameLatin: 'SMITH JOHN', documentNumber: 'CAN110080080001', … }
 */
export function parseForeignPermanentResidentId(rows: readonly Row[], today: Date = new Date()): DocumentReading {
  const out = createReading('foreign_permanent_resident_id');
  const number = findNumber(rows, today);
  if (number) {
    out.set('documentNumber', number.value, number.valid ? number.row.confidence : number.row.confidence / 2);
    if (!number.valid) {
      out.problem({ code: 'id_number_check', message: {
        en: `The number on the card (${number.value}) fails its own check character: it was misread, or the card is not genuine.`,
        zh: `证件上的号码（${number.value}）未通过校验位核验：可能识别有误，或证件有问题。`,
      } });
    }
  }
  const label = valueAfter(rows, NAME_LABELS);
  const latin = findLatinName(rows, label?.index ?? -1);
  if (latin) out.set('nameLatin', latin.value, latin.row.confidence);
  const chinese = nameAfterLabel(rows, NAME_LABELS);
  if (chinese) out.set('name', chinese.value, chinese.row.confidence);
  const sex = valueAfter(rows, ['性\\s*别', '^性']);
  const sexValue = /[男女]/.exec(sex?.value ?? '')?.[0];
  if (sex && sexValue) out.set('sex', sexValue, sex.row.confidence);
  const birth = findPrintedBirthDate(rows, ['出生日期', '出生', 'Date\\s*of\\s*Birth'], today);
  if (birth) out.set('birthDate', birth.date, birth.row.confidence);
  const nationality = valueAfter(rows, ['国\\s*籍', 'Nationality']);
  const code = /[A-Z]{3}/.exec(nationality?.value.replace(/Nationality/i, '') ?? '')?.[0];
  if (nationality && code) out.set('nationality', code, nationality.row.confidence);
  const validity = findValidity(rows);
  if (validity) {
    out.set('validFrom', validity.validFrom, validity.row.confidence);
    out.set('validUntil', validity.validUntil, validity.row.confidence);
  }
  return out.reading;
}

/** The card number, labelled row first: one the card's own rule accepts, else an 18-digit one failing its check. */
function findNumber(rows: readonly Row[], today: Date): { value: string; valid: boolean; row: Row } | undefined {
  const labelled = valueAfter(rows, NUMBER_LABELS);
  const candidates = labelled ? [labelled.row, ...rows.filter((row) => row !== labelled.row)] : rows;
  let fallback: { value: string; valid: boolean; row: Row } | undefined;
  for (const row of candidates) {
    const long = findIdNumber(row.text);
    const found = long?.value.startsWith('9') ? long.value : findForeignPr2017Number(row.text);
    if (!found) continue;
    if (validateForeignPermanentResidentId(found, today).valid) return { value: found, valid: true, row };
    if (found.length === 18) fallback ??= { value: found, valid: false, row };
  }
  return fallback;
}
