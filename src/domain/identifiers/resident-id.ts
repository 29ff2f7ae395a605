import { reject, type Verdict } from '../verdict.ts';
import { isOverlong, normalizeIdentifier, quoteChar } from '../text.ts';
import { REGIONS } from '../regions.ts';
import { idNumberVerdict, inspectIdNumber } from './id-number.ts';
import { mod112CheckChar } from './mod11-2.ts';

const EXAMPLE = '11010519491231002X';
/** First two digits of mainland address codes (GB/T 2260 province-level divisions). */
const PROVINCE_CODES: ReadonlySet<string> = new Set(REGIONS.flatMap((r) => (r.divisionCode ? [r.divisionCode] : [])));

/**
 * Checks a Resident Identity Card number (公民身份号码, GB 11643-1999): 18 characters, a mainland province
 * prefix, a real birth date that is not in the future, and the MOD 11-2 check character (X in upper case).
 * A 15-digit first-generation number is refused with its 18-digit form, because the registrar needs the
 * number printed on the current card.
 * @example validateResidentId('11010519491231002x') // { valid: true, normalized: '11010519491231002X', warnings: [] }
 */
export function validateResidentId(input: string, today: Date = new Date()): Verdict {
  if (isOverlong(input)) return lengthError(input.length);
  const id = normalizeIdentifier(input);
  if (id.length === 0) {
    return reject('resident_id_empty', `Please enter the 18-character ID card number, e.g. ${EXAMPLE}.`, `请输入18位身份证号码，例如 ${EXAMPLE}。`);
  }
  if (/^\d{15}$/.test(id)) return legacyError(id);
  const problem = inspectIdNumber(id, today);
  switch (problem.kind) {
    case 'charset': return charsetError(problem.char, problem.position);
    case 'length': return lengthError(id.length);
    default: break;
  }
  const region = regionError(id);
  if (region) return region;
  return idNumberVerdict(id, problem, { codePrefix: 'resident_id', document: { en: 'card', zh: '身份证' }, birthDateExample: EXAMPLE });
}

/** The 18-digit form of a 15-digit first-generation number: `19` inserted before the year, plus the check character. */
export function upgradeLegacyResidentId(id15: string): string {
  const body = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return body + mod112CheckChar(body);
}

function legacyError(id15: string): Verdict {
  const id18 = upgradeLegacyResidentId(id15);
  return reject('resident_id_legacy_15',
    `${id15} is an old 15-digit ID number, which is no longer accepted. Its 18-digit form is ${id18} ("19" added before the year and a check character at the end). Please enter the 18-digit number printed on your current ID card.`,
    `${id15} 是旧的15位身份证号码，已不再受理。对应的18位号码是 ${id18}（在年份前补“19”并在末尾加校验码）。请输入您现行身份证上印的18位号码。`);
}

function lengthError(length: number): Verdict {
  return reject('resident_id_length',
    `An ID card number has 18 characters; you entered ${length}. Example: ${EXAMPLE}.`,
    `身份证号码应为18位，您输入了${length}位。示例：${EXAMPLE}。`);
}

function charsetError(char: string, position: number): Verdict {
  if (char === 'X') {
    return reject('resident_id_charset',
      `Character ${position} is "X", but only the last character of an ID card number can be X. Example: ${EXAMPLE}.`,
      `第${position}位是“X”，但只有身份证号码的最后一位可以是 X。示例：${EXAMPLE}。`);
  }
  return reject('resident_id_charset',
    `Character ${position} (${quoteChar(char)}) is not allowed: an ID card number has 17 digits followed by a digit or X. Example: ${EXAMPLE}.`,
    `第${position}位（${quoteChar(char)}）无效：身份证号码由17位数字加1位数字或 X 组成。示例：${EXAMPLE}。`);
}

function regionError(id: string): Verdict | undefined {
  const prefix = id.slice(0, 2);
  if (PROVINCE_CODES.has(prefix)) return undefined;
  if (['81', '82', '83'].includes(prefix)) {
    return reject('resident_id_is_residence_permit',
      `A number starting with ${prefix}0000 belongs to a Residence Permit for Hong Kong, Macao or Taiwan residents, not a mainland ID card. Please choose the residence permit as your document type.`,
      `以 ${prefix}0000 开头的号码属于港澳台居民居住证，不是内地居民身份证。请将证件类型选为居住证。`);
  }
  return reject('resident_id_region',
    `The first two digits (${prefix}) are not a province code of the Chinese mainland (for example 11 Beijing, 33 Zhejiang, 44 Guangdong). Please check the number against the card.`,
    `前两位（${prefix}）不是中国内地的省级行政区划代码（例如 11 北京、33 浙江、44 广东）。请对照身份证核对号码。`);
}
