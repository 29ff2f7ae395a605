import { parse, type Details, type ParseResult } from 'mrz';
import { createReading } from './reading-result.ts';
import type { Row } from './rows.ts';
import type { DocumentReading, ReadFieldName } from './types.ts';

/** Line lengths of the ICAO 9303 formats: TD1 (cards, 3 × 30), TD2 (2 × 36), TD3 (passports, 2 × 44). */
const LENGTHS = [30, 36, 44] as const;

/** Checked fields: each is trusted only when its own check digit holds. */
const CHECKED: ReadonlyArray<[Details['field'], ReadFieldName, (v: string) => string]> = [
  ['documentNumber', 'documentNumber', (v) => v],
  ['birthDate', 'birthDate', toIsoDate],
  ['expirationDate', 'validUntil', toIsoDate],
];

/**
 * The machine-readable zone of a passport or permit: document number, names, nationality, sex, birth date and expiry.
 * Numbers and dates are kept only where their own check digits hold (one that fails is a problem, not a field); names,
 * nationality and sex only when every check of the zone holds.
 * @example parseMrz(toRows(lines))?.fields // { documentNumber: 'E12345678', lastName: 'ZHANG', birthDate: '1990-04-23', … }
 */
export function parseMrz(rows: readonly Row[]): DocumentReading | undefined {
  const zone = findZone(rows);
  if (!zone) return undefined;
  let result: ParseResult;
  try { result = parse(zone.lines, { autocorrect: true }); } catch { return undefined; }  // mrz throws on an unknown layout
  const out = createReading(result.format === 'TD3' ? 'passport' : 'permit');
  for (const [field, name, map] of CHECKED) {
    const value = result.fields[field!];
    const check = result.details.find((d) => d.field === `${field}CheckDigit`);
    if (value && check?.valid) out.set(name, map(value), zone.confidence);
    else if (value || check) {
      out.problem({ code: 'mrz_check', message: {
        en: 'Part of the machine-readable zone (the lines with <<< at the bottom) fails its check digits: please send a sharper photo of that part.',
        zh: '证件底部机读区（带 <<< 的几行）有部分未通过校验：请重新拍一张更清晰的照片。',
      } });
    }
  }
  // No check digit covers the names: they are trusted only from a zone whose every check holds (a misread line is
  // read with confidence as often as not).
  if (!result.valid) return out.reading;
  for (const [field, name] of [['lastName', 'lastName'], ['firstName', 'firstName'], ['nationality', 'nationality'], ['sex', 'sex']] as const) {
    const value = result.fields[field];
    if (value) out.set(name, value, zone.confidence);
  }
  const full = [result.fields.lastName, result.fields.firstName].filter(Boolean).join(' ');
  out.set('name', full, zone.confidence);
  out.set('nameLatin', full, zone.confidence);
  return out.reading;
}

function findZone(rows: readonly Row[]): { lines: string[]; confidence: number } | undefined {
  const candidates = rows
    .map((row) => ({ text: row.text.toUpperCase().replace(/[«‹く]/g, '<'), confidence: row.confidence }))
    .filter((row) => /^[A-Z0-9<]+$/.test(row.text) && row.text.includes('<'));
  for (const length of [...LENGTHS].reverse()) {
    const lines = candidates.filter((row) => Math.abs(row.text.length - length) <= 1);
    const count = length === 30 ? 3 : 2;
    if (lines.length >= count) {
      const chosen = lines.slice(-count);
      return { lines: chosen.map((l) => l.text.padEnd(length, '<').slice(0, length)), confidence: Math.min(...chosen.map((l) => l.confidence)) };
    }
  }
  return undefined;
}

/** MRZ dates are YYMMDD: a year ahead of the current one's last two digits is read as 19YY (births), else 20YY. */
function toIsoDate(yymmdd: string): string {
  const yy = Number(yymmdd.slice(0, 2));
  const century = yy > (new Date().getFullYear() % 100) + 20 ? 1900 : 2000;
  return `${century + yy}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}
