import { validateTravelPermitHkMacao, validateTravelPermitTaiwan } from '../../domain/identifiers/travel-permits.ts';
import { checkDigit, isoDate } from './permit-zone.ts';
import { createReading } from './reading-result.ts';
import type { Row } from './rows.ts';
import type { DocumentReading, ReadFieldName } from './types.ts';

/**
 * The three-line, 30-character zone on the card-type Mainland Travel Permits of Hong Kong/Macao residents (回乡证, 2013
 * card) and Taiwan residents (台胞证, 2015 card). Layout as an open-source reader of these permits parses it
 * (DAC8811/QinLin_PassportReader, utils_zhangdi.cpp: checkHXZMRZ, checkTWMMRZ; the only public layout found):
 *
 *   line 1: CT 01234567< 6 01 3 290510 9 F 881102 0      (Taiwan: CT; Hong Kong/Macao: the number starts H or M)
 *           0  2         11 12 14 15    21 22 23   29
 *           code, number + check, issue count + check, expiry YYMMDD + check, sex, birth date YYMMDD + check
 *   line 2: …19–28 the holder's Hong Kong/Macao/Taiwan ID number, 29 a check over line 1's 2–21 and 23–29 and these
 *   line 3: SURNAME<<GIVEN<NAMES
 *
 * Each field has its own check digit (ICAO 9303 weights 7-3-1). A field is kept only when its own check holds, and the
 * overall one too where line 2 was read whole (OCR often loses characters in runs of <). The sex and the name line are
 * covered by no check and are not read from the zone (the printed side gives the name: OCR reads LIN<<MEIHUA as
 * INMEIA<<<<, confidently).
 */
const LINE_ONE = /^C[A-Z0-9<][A-Z0-9<]{9}\d[0-9<]{2}\d\d{6}\d[MF<]\d{6}\d$/;

const FIELDS: ReadonlyArray<{ name: ReadFieldName; at: number; length: number; value: (s: string) => string }> = [
  { name: 'documentNumber', at: 2, length: 9, value: (s) => s.replace(/<+$/, '') },
  { name: 'validUntil', at: 15, length: 6, value: (s) => isoDate(s, 'future') },
  { name: 'birthDate', at: 23, length: 6, value: (s) => isoDate(s, 'past') },
];

/**
 * Number, expiry and birth date from the zone, or undefined when the photo shows none. A number that passes the checks
 * but not its permit's own rule is a problem, not a field.
 * @example parseTravelPermitZone(toRows(lines))?.fields // { documentNumber: 'H12345678', validUntil: '2029-05-10', … }
 */
export function parseTravelPermitZone(rows: readonly Row[]): DocumentReading | undefined {
  const zone = findZone(rows);
  if (!zone) return undefined;
  const { one, two } = zone;
  const taiwan = one.startsWith('CT') || /^\d{8}</.test(one.slice(2));
  const out = createReading(taiwan ? 'travel_permit_taiwan' : 'travel_permit_hk_macao');
  const overall = two === undefined || checkDigit(one.slice(2, 22) + one.slice(23, 30) + two.slice(19, 29)) === two[29];
  const failing = FIELDS.filter((f) => !overall || checkDigit(one.slice(f.at, f.at + f.length)) !== one[f.at + f.length]);
  for (const field of FIELDS.filter((f) => !failing.includes(f))) out.set(field.name, field.value(one.slice(field.at, field.at + field.length)), zone.confidence);
  if (failing.length > 0) {
    out.problem({ code: 'mrz_check', message: {
      en: 'Part of the code lines at the bottom of the permit (the ones with <) fails its check digits: please send a sharper photo of that part.',
      zh: '通行证底部的机读码（带 < 的几行）有部分未通过校验：请重新拍一张更清晰的照片。',
    } });
  }
  checkNumber(out, taiwan);
  return out.reading;
}

/** The zone's number must also follow its permit's own rule (H/M + 8 digits; 8 digits): else it is not kept. */
function checkNumber(out: ReturnType<typeof createReading>, taiwan: boolean): void {
  const number = out.reading.fields.documentNumber;
  if (!number) return;
  const verdict = taiwan ? validateTravelPermitTaiwan(number) : validateTravelPermitHkMacao(number);
  if (verdict.valid) return;
  delete out.reading.fields.documentNumber;
  delete out.reading.confidence.documentNumber;
  out.problem({ code: 'document_number_invalid', message: verdict.error.message });
}

/** Line 1 (30 characters matching the layout), and line 2 below it where it was read whole (30 characters). */
function findZone(rows: readonly Row[]): { one: string; two?: string; confidence: number } | undefined {
  const plain = rows.map((row) => row.text.toUpperCase().replace(/[«‹くㄑ]/g, '<'));
  const index = plain.findIndex((text) => LINE_ONE.test(text.slice(0, 30)) && text.length <= 31);
  if (index < 0) return undefined;
  const two = plain[index + 1];
  return { one: plain[index]!.slice(0, 30), ...(two && /^[A-Z0-9<]{29}\d$/.test(two) ? { two } : {}), confidence: rows[index]!.confidence };
}
