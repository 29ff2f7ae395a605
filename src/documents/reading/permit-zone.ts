import { createReading } from './reading-result.ts';
import type { Row } from './rows.ts';
import type { DocumentReading, ReadFieldName } from './types.ts';

/**
 * The one-line, 30-character machine-readable zone of the mainland's exit-entry permits: `CS` (往来港澳通行证, 2014 card)
 * and `CD` (大陆居民往来台湾通行证). Layout as two independent readers of these permits parse it (the only layout found):
 *
 *   CS C12345678 7 < 300101 9 < 900423 4 < 6
 *   0  2         11 12 13   19 20 21  27 28 29
 *
 * document number (9) and its check digit, expiry YYMMDD and its check, birth date YYMMDD and its check, then a check
 * over all three (ICAO 9303 weights 7-3-1). The zone carries no name. The travel permits of Hong Kong, Macao and Taiwan
 * residents carry a three-line zone instead (travel-permit-zone.ts).
 */
const ZONE = /^C[SD][A-Z0-9<]{28}$/;

const FIELDS: ReadonlyArray<{ name: ReadFieldName; at: number; length: number; value: (s: string) => string }> = [
  { name: 'documentNumber', at: 2, length: 9, value: (s) => s.replace(/<+$/, '') },
  { name: 'validUntil', at: 13, length: 6, value: (s) => isoDate(s, 'future') },
  { name: 'birthDate', at: 21, length: 6, value: (s) => isoDate(s, 'past') },
];

/**
 * Document number, expiry and birth date from a one-line permit zone, each kept only when its own check digit and the
 * zone's overall check hold; one that fails is a problem, not a field.
 * @example parseOneLineZone(toRows(lines))?.fields // { documentNumber: 'C12345678', validUntil: '2030-01-01', birthDate: '1990-04-23' }
 */
export function parseOneLineZone(rows: readonly Row[]): DocumentReading | undefined {
  const found = rows.map((row) => ({ row, zone: asZone(row.text) })).find((r) => r.zone);
  if (!found) return undefined;
  const zone = found.zone!;
  const out = createReading('permit');
  const overall = checkDigit(zone.slice(2, 12) + zone.slice(13, 20) + zone.slice(21, 28)) === zone[29];
  for (const field of FIELDS) {
    const value = zone.slice(field.at, field.at + field.length);
    if (overall && checkDigit(value) === zone[field.at + field.length]) out.set(field.name, field.value(value), found.row.confidence);
    else {
      out.problem({ code: 'mrz_check', message: {
        en: 'Part of the code line at the bottom of the permit (the one with <) fails its check digits: please send a sharper photo of that part.',
        zh: '通行证底部的机读码（带 < 的一行）有部分未通过校验：请重新拍一张更清晰的照片。',
      } });
      break;
    }
  }
  return out.reading;
}

/** The row as a zone: upper case, OCR's look-alikes of `<` mapped, cut to 30 when one stray character follows. */
function asZone(text: string): string | undefined {
  const plain = text.toUpperCase().replace(/[«‹くㄑ]/g, '<');
  return plain.length >= 30 && plain.length <= 31 && ZONE.test(plain.slice(0, 30)) ? plain.slice(0, 30) : undefined;
}

/** ICAO 9303 check digit: digits as themselves, A–Z as 10–35, `<` as 0, weighted 7, 3, 1, modulo 10. */
export function checkDigit(text: string): string {
  let sum = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    const value = c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += value * [7, 3, 1][i % 3]!;
  }
  return String(sum % 10);
}

/** YYMMDD as YYYY-MM-DD: a birth date is never in the future; these permits were first issued after 2000, so expiries are 20YY. */
export function isoDate(yymmdd: string, when: 'past' | 'future'): string {
  const yy = Number(yymmdd.slice(0, 2));
  const century = when === 'past' && yy > new Date().getFullYear() % 100 ? 1900 : 2000;
  return `${century + yy}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}
