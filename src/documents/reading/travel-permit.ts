import { validateTravelPermitHkMacao, validateTravelPermitTaiwan } from '../../domain/identifiers/travel-permits.ts';
import { nameAfterLabel, valueAfter } from './labels.ts';
import { findHkMacaoPermitNumber, findTaiwanPermitNumber } from './numbers.ts';
import { findPrintedBirthDate, findValidity } from './printed-dates.ts';
import { createReading } from './reading-result.ts';
import type { Row } from './rows.ts';
import type { DocumentReading } from './types.ts';

/** Which residents' travel permit: Hong Kong/Macao (港澳居民来往内地通行证) or Taiwan (台湾居民来往大陆通行证). */
export type TravelPermitRegion = 'hk_macao' | 'taiwan';

const NAME_LABELS = ['姓\\s*名', '[娃性姓]名', '^姓'];
const NUMBER_LABELS = ['证件号码', '号码', 'No\\.?', '证号'];
const BIRTH_LABELS = ['出生日期', '出生', '生日期', 'Date\\s*of\\s*birth'];
/** Words of the permit's own printed English, never a holder's name. */
const CARD_WORDS = /MAINLAND|TRAVEL|PERMIT|RESIDENTS|HONG|KONG|MACAO|TAIWAN|NAME|SEX|BIRTH|VALIDITY|AUTHORITY|ISSUE/;

/**
 * The photo side of a Mainland Travel Permit of Hong Kong/Macao or Taiwan residents, read from its printed labelled
 * fields: 姓名 (Chinese name, the romanised one below it), 性别, 出生日期, 有效期限 and the permit number (H/M + 8 digits,
 * or 8 digits), each number validated by its permit's own rule.
 * @example parseTravelPermit(toRows(lines), 'hk_macao').fields // { name: '陈欣琪', nameLatin: 'CHEN XINQI', documentNumber: 'H12345678', … }
 */
export function parseTravelPermit(rows: readonly Row[], region: TravelPermitRegion, today: Date = new Date()): DocumentReading {
  const out = createReading(region === 'taiwan' ? 'travel_permit_taiwan' : 'travel_permit_hk_macao');
  const number = findNumber(rows, region);
  if (number) out.set('documentNumber', number.value, number.row.confidence);
  const name = nameAfterLabel(rows, NAME_LABELS);
  if (name) out.set('name', name.value, name.row.confidence);
  const latin = findLatinName(rows, valueAfter(rows, NAME_LABELS)?.index ?? -1);
  if (latin) out.set('nameLatin', latin.value, latin.row.confidence);
  const sex = valueAfter(rows, ['性\\s*别', '^性']);
  const sexValue = /[男女]/.exec(sex?.value ?? '')?.[0];
  if (sex && sexValue) out.set('sex', sexValue, sex.row.confidence);
  const birth = findPrintedBirthDate(rows, BIRTH_LABELS, today);
  if (birth) out.set('birthDate', birth.date, birth.row.confidence);
  const validity = findValidity(rows);
  if (validity) {
    out.set('validFrom', validity.validFrom, validity.row.confidence);
    out.set('validUntil', validity.validUntil, validity.row.confidence);
  }
  return out.reading;
}

/** The permit number: on its labelled row first, else anywhere; only one its permit's own rule accepts. */
function findNumber(rows: readonly Row[], region: TravelPermitRegion): { value: string; row: Row } | undefined {
  const labelled = valueAfter(rows, NUMBER_LABELS);
  const candidates = labelled ? [labelled.row, ...rows.filter((row) => row !== labelled.row)] : rows;
  for (const row of candidates) {
    // A Taiwan number is 8 digits: on a row with a date or the 18-character residence number, those digits are not it.
    const text = region === 'taiwan' ? row.text.replace(/\d{4}[.\-·,年]\d{1,2}[.\-·,月]\d{1,2}日?|\d{17}[\dX]/g, ' ') : row.text;
    const found = region === 'taiwan' ? findTaiwanPermitNumber(text) : findHkMacaoPermitNumber(text);
    const verdict = found && (region === 'taiwan' ? validateTravelPermitTaiwan(found) : validateTravelPermitHkMacao(found));
    if (verdict && verdict.valid) return { value: verdict.normalized, row };
  }
  return undefined;
}

/**
 * The romanised name (shared with the permanent resident card): a row of Latin words (SURNAME, GIVEN) on or just below
 * the name label's row, else the first row written SURNAME, GIVEN that is not the card's own printed English. Read
 * from the row's boxes, whose spaces the row text drops.
 */
export function findLatinName(rows: readonly Row[], nameIndex: number): { value: string; row: Row } | undefined {
  const near = nameIndex >= 0 ? rows.slice(nameIndex, nameIndex + 2) : [];
  for (const row of [...near, ...rows]) {
    const raw = row.parts.map((part) => part.text.normalize('NFKC')).join(' ');
    const text = raw.replace(/^.*?Name\s*[:：]?/i, '').replace(/[\p{Script=Han}/:：]/gu, ' ').replace(/\s*[,，]\s*/g, ', ').replace(/\s+/g, ' ').trim();
    // Away from the name label only SURNAME, GIVEN counts: a lone capitalised word elsewhere is no name.
    const shape = near.includes(row) ? /^[A-Z]{2,}(?:,? [A-Z]{2,})*$/i : /^[A-Z]{2,}, [A-Z]{2,}(?: [A-Z]{2,})*$/i;
    // Kept as SURNAME GIVEN, the comma dropped: the value may become the profile's name, which has no commas.
    if (shape.test(text) && !CARD_WORDS.test(text.toUpperCase())) return { value: text.toUpperCase().replace(/,/g, ''), row };
  }
  return undefined;
}
