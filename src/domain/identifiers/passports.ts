import { accept, reject, type Verdict } from '../verdict.ts';
import { firstBadChar, isOverlong, normalizeIdentifier, quoteChar, removeSpaces, toHalfWidth } from '../text.ts';

/** Number formats of passports issued by China (mainland, Hong Kong SAR, Macao SAR). */
const CN_FORMATS: readonly RegExp[] = [
  /^E\d{8}$/, // e-passport
  /^E[A-HJ-NP-Z]\d{7}$/, // e-passport from 2017: second letter never I or O
  /^G\d{8}$/, // ordinary passport before e-passports
  /^(SE|PE|DE)\d{7}$/, // service, public-affairs and diplomatic passports
  /^K\d{8}$/, // HKSAR passport
  /^MA\d{7}$/, // MSAR passport
];
const CN_EXAMPLE = 'E12345678';
const FORMATS_EN = 'E + 8 digits, E + a letter + 7 digits, G + 8 digits, SE/PE/DE + 7 digits, K + 8 digits (Hong Kong SAR) or MA + 7 digits (Macao SAR)';
const FORMATS_ZH = 'E+8位数字、E+1个字母+7位数字、G+8位数字、SE/PE/DE+7位数字、K+8位数字（香港特区）或 MA+7位数字（澳门特区）';

/**
 * Checks a Chinese passport number: one of the formats in {@link CN_FORMATS}, 9 characters.
 * @example validatePassportCn('ea1234567') // { valid: true, normalized: 'EA1234567', warnings: [] }
 */
export function validatePassportCn(input: string): Verdict {
  if (isOverlong(input)) return cnLengthError(input.length);
  const id = normalizeIdentifier(input);
  if (id.length === 0) {
    return reject('passport_cn_empty', `Please enter the passport number, e.g. ${CN_EXAMPLE}.`, `请输入护照号码，例如 ${CN_EXAMPLE}。`);
  }
  if (CN_FORMATS.some((format) => format.test(id))) return accept(id);
  if (/^E[IO]\d{7}$/.test(id)) {
    const meant = id.charAt(1) === 'O' ? '0' : '1';
    return reject('passport_cn_letter',
      `Chinese passport numbers never use the letter ${id.charAt(1)} after E. Did you mean the digit ${meant} (${id.charAt(0)}${meant}${id.slice(2)})?`,
      `中国护照号码 E 之后不会出现字母 ${id.charAt(1)}。您是否想输入数字 ${meant}（${id.charAt(0)}${meant}${id.slice(2)}）？`);
  }
  if (/^[HM]\d{8}(\d{2})?$/.test(id)) {
    return reject('passport_cn_is_travel_permit',
      `${id} looks like a Mainland Travel Permit for Hong Kong and Macao Residents, not a passport. Choose that document type, or enter the passport number (e.g. ${CN_EXAMPLE}).`,
      `${id} 看起来是港澳居民来往内地通行证号码，而不是护照号码。请选择该证件类型，或输入护照号码（例如 ${CN_EXAMPLE}）。`);
  }
  if (id.length !== 9) return cnLengthError(id.length);
  return reject('passport_cn_format',
    `${id} is not a Chinese passport number. Valid forms: ${FORMATS_EN}. Example: ${CN_EXAMPLE}.`,
    `${id} 不是有效的中国护照号码。有效格式：${FORMATS_ZH}。示例：${CN_EXAMPLE}。`);
}

function cnLengthError(length: number): Verdict {
  return reject('passport_cn_length',
    `A Chinese passport number has 9 characters; you entered ${length}. Valid forms: ${FORMATS_EN}. Example: ${CN_EXAMPLE}.`,
    `中国护照号码为9位，您输入了${length}位。有效格式：${FORMATS_ZH}。示例：${CN_EXAMPLE}。`);
}

/**
 * Checks a foreign passport number loosely: 5–20 letters and digits once spaces are removed. There is no
 * universal check digit, and issuing countries differ too much for a stricter rule.
 * @example validatePassport('x 1234 567') // { valid: true, normalized: 'X1234567', warnings: [] }
 */
export function validatePassport(input: string): Verdict {
  if (isOverlong(input)) return passportLengthError(input.length);
  const id = removeSpaces(toHalfWidth(input)).toUpperCase();
  if (id.length === 0) {
    return reject('passport_empty', 'Please enter the passport number as printed on the data page, e.g. X1234567.', '请输入护照资料页上印的护照号码，例如 X1234567。');
  }
  const bad = firstBadChar(id, /[0-9A-Z]/);
  if (bad) {
    return reject('passport_charset',
      `Character ${bad.position} (${quoteChar(bad.char)}) is not allowed: a passport number has only letters and digits. Example: X1234567.`,
      `第${bad.position}位（${quoteChar(bad.char)}）无效：护照号码只含字母和数字。示例：X1234567。`);
  }
  return id.length >= 5 && id.length <= 20 ? accept(id) : passportLengthError(id.length);
}

function passportLengthError(length: number): Verdict {
  return reject('passport_length',
    `A passport number has 5 to 20 letters and digits; you entered ${length}. Example: X1234567.`,
    `护照号码应为5至20位字母和数字，您输入了${length}位。示例：X1234567。`);
}
